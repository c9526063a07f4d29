//! The stored form of a claim: the columns of table `claims` (attribute, value, line,
//! column, byte range) say what SQL needs; everything else [`crate::extract`] found is
//! packed in the row's `data`, so `lint` rebuilds the claim without extracting the article
//! again. Numbers are LEB128 varints (signed ones zigzag), offsets are counted from the
//! claim's own span (small), strings are their length and bytes, and the claim's text is
//! stored only when it is not the article's bytes at its span (it always is, today).
//!
//! [`encode`] and [`decode`] destructure and build every struct in full: a field added to a
//! claim fails to compile here until it is stored.

use chrono::{NaiveDate, Weekday};

use crate::claim::Cue;
use crate::claim::{
    Attribute, Claim, Context, CountDetail, DateDetail, DateValue, Detail, EntityDetail, Frame,
    IdentifierDetail, InitialsDetail, Point, Quantity, Resolution, Role, Score, ScoreTime,
    WeekdayMention,
};
use crate::rules::{Bound, EntityKind, Part};
use crate::span::Span;

/// The attribute of a stored `attribute` column.
pub(crate) fn attribute(s: &str) -> Option<Attribute> {
    [
        Attribute::Date,
        Attribute::Name,
        Attribute::Title,
        Attribute::Affiliation,
        Attribute::Count,
        Attribute::Identifier,
        Attribute::Age,
        Attribute::Goals,
        Attribute::Initials,
    ]
    .into_iter()
    .find(|a| a.as_str() == s)
}

struct Out(Vec<u8>);

impl Out {
    fn u(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    fn us(&mut self, v: usize) {
        self.u(v as u64);
    }
    fn i(&mut self, v: i64) {
        self.u(((v << 1) ^ (v >> 63)) as u64);
    }
    /// `v` as an offset from `base`.
    fn off(&mut self, v: usize, base: usize) {
        self.i(v as i64 - base as i64);
    }
    fn s(&mut self, s: &str) {
        self.us(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn strs(&mut self, v: &[String]) {
        self.us(v.len());
        for s in v {
            self.s(s);
        }
    }
    fn bits(&mut self, bits: &[bool]) {
        let mut v = 0u64;
        for (k, &b) in bits.iter().enumerate() {
            v |= u64::from(b) << k;
        }
        self.u(v);
    }
    fn date(&mut self, d: NaiveDate) {
        use chrono::Datelike;
        self.i(i64::from(d.num_days_from_ce()));
    }
    fn f(&mut self, v: f64) {
        // Whole numbers (nearly every count) as varints, others as their bits.
        if v.fract() == 0.0 && v.abs() < 1e15 && !(v == 0.0 && v.is_sign_negative()) {
            self.0.push(0);
            self.i(v as i64);
        } else {
            self.0.push(1);
            self.0.extend_from_slice(&v.to_bits().to_le_bytes());
        }
    }
    /// A span as offsets from `base`, the claim's span.
    fn span(&mut self, s: Span, base: Span) {
        self.off(s.start, base.start);
        self.us(s.end - s.start);
        self.off(s.line, base.line);
        self.us(s.column);
    }
    fn range(&mut self, r: (usize, usize), base: usize) {
        self.off(r.0, base);
        self.off(r.1, r.0);
    }
    fn point(&mut self, p: Point) {
        match p {
            Point::Day(d) => {
                self.0.push(0);
                self.date(d);
            }
            Point::Week(d) => {
                self.0.push(1);
                self.date(d);
            }
            Point::Month(y, m) => {
                self.0.push(2);
                self.i(i64::from(y));
                self.u(u64::from(m));
            }
            Point::Year(y) => {
                self.0.push(3);
                self.i(i64::from(y));
            }
        }
    }
}

/// How a claim's time scope is stored: none, its article's publication day, the days of
/// its date value, or written out.
fn scope_code(claim: &Claim, published: Option<NaiveDate>) -> u8 {
    let Some(scope) = claim.time_scope else {
        return 0;
    };
    if published.is_some_and(|p| scope == (p, p)) {
        return 1;
    }
    if let Some(v) = claim.date().and_then(|d| d.value) {
        if scope == (v.start(), v.end()) {
            return 2;
        }
    }
    3
}

/// The `data` of `claim`, whose article's text is `text` and publication date `published`;
/// its value is the `value` column ([`Claim::value`]).
pub(crate) fn encode(claim: &Claim, text: &str, published: Option<NaiveDate>) -> Vec<u8> {
    let scope = scope_code(claim, published);
    let Claim {
        article: _,
        subject,
        attribute: _,
        time_scope,
        span,
        text: claim_text,
        context,
        detail,
        frame,
    } = claim;
    let span = *span;
    let mut o = Out(Vec::with_capacity(48));
    let inline = text.get(span.start..span.end) != Some(claim_text.as_str());
    let Context {
        span: cspan,
        future,
        past,
        period_past,
        ahead,
    } = context;
    o.bits(&[
        subject.is_some(),
        scope & 1 == 1,
        scope & 2 == 2,
        inline,
        frame.is_some(),
        *future,
        *past,
        *period_past,
        *ahead,
    ]);
    if let Some(s) = subject {
        o.s(s);
    }
    if let (3, Some((a, b))) = (scope, time_scope) {
        o.date(*a);
        o.i((*b - *a).num_days());
    }
    if inline {
        o.s(claim_text);
    }
    o.span(*cspan, span);
    match detail {
        Detail::Date(d) => {
            o.0.push(0);
            let DateDetail {
                value,
                form,
                explicit,
                weekday,
                resolution,
                role,
            } = &**d;
            let anchor = resolution.as_ref().and_then(|r| r.anchor);
            o.bits(&[
                value.is_some(),
                *explicit,
                weekday.is_some(),
                resolution.is_some(),
                *role == Role::Dateline,
                anchor.is_some(),
                value.is_some_and(|v| v.to.is_some()),
                value.is_some_and(|v| v.part.is_some()),
            ]);
            if let Some(DateValue { from, to, part }) = value {
                o.point(*from);
                if let Some(to) = to {
                    o.point(*to);
                }
                if let Some(part) = part {
                    o.0.push(match part {
                        Part::Early => 0,
                        Part::Mid => 1,
                        Part::Late => 2,
                    });
                }
            }
            o.s(form);
            if let Some(WeekdayMention { weekday, span: w }) = weekday {
                o.0.push(weekday.num_days_from_monday() as u8);
                o.span(*w, span);
            }
            if let Some(Resolution { anchor, rule }) = resolution {
                if let Some(a) = anchor {
                    o.date(*a);
                }
                o.s(rule);
            }
        }
        Detail::Entity(e) => {
            o.0.push(1);
            let EntityDetail {
                kind,
                key,
                value,
                cue,
                known,
                person,
                org,
                title,
                qualifier,
                former,
                retired,
                speaker,
                opponent,
                dateline,
            } = &**e;
            o.bits(&[
                value == key,
                *known,
                person.is_some(),
                org.is_some(),
                title.is_some(),
                qualifier.is_some(),
                *former,
                *retired,
                *speaker,
                *dateline,
                *opponent,
            ]);
            let kind = match kind {
                EntityKind::Person => 0,
                EntityKind::Organisation => 1,
                EntityKind::Place => 2,
            };
            o.0.push(kind * 16 + cue_code(*cue));
            // The value is the `value` column.
            if value != key {
                o.s(key);
            }
            for v in [person, org, title].into_iter().flatten() {
                o.us(*v);
            }
            if let Some(q) = qualifier {
                o.s(q);
            }
        }
        Detail::Count(c) => {
            o.0.push(2);
            let CountDetail {
                value,
                noun,
                thing,
                others,
                others_of,
                whole,
                percent,
                fixed,
                score,
            } = &**c;
            let Quantity {
                value: v,
                to,
                bound,
                vague,
            } = value;
            o.bits(&[
                to.is_some(),
                bound.is_some(),
                *vague,
                *others,
                others_of.is_some(),
                *whole,
                *percent,
                *fixed,
                score.is_some(),
                thing.len() == 1 && thing[0] == *noun,
            ]);
            o.f(*v);
            if let Some(t) = to {
                o.f(*t);
            }
            if let Some(b) = bound {
                o.0.push(match b {
                    Bound::About => 0,
                    Bound::Nearly => 1,
                    Bound::AtLeast => 2,
                    Bound::Above => 3,
                    Bound::AtMost => 4,
                    Bound::Below => 5,
                });
            }
            o.s(noun);
            if !(thing.len() == 1 && thing[0] == *noun) {
                o.strs(thing);
            }
            if let Some(w) = others_of {
                o.s(w);
            }
            if let Some(Score {
                goals,
                time,
                explicit,
            }) = score
            {
                o.u(u64::from(goals.0));
                o.u(u64::from(goals.1));
                o.0.push(match time {
                    ScoreTime::Final => 0,
                    ScoreTime::Current => 1,
                    ScoreTime::Interim => 2,
                    ScoreTime::Other => 3,
                });
                o.0.push(u8::from(*explicit));
            }
        }
        Detail::Identifier(d) => {
            o.0.push(3);
            let IdentifierDetail {
                kind,
                prefix,
                number,
                about,
                named,
                suffix,
            } = &**d;
            o.0.push(u8::from(*named));
            o.s(kind);
            o.s(prefix);
            o.s(number);
            o.strs(about);
            o.s(suffix);
        }
        Detail::Initials(d) => {
            o.0.push(4);
            let InitialsDetail { items, role, cued } = &**d;
            o.0.push(u8::from(*cued));
            o.strs(items);
            o.s(role);
        }
    }
    if let Some(f) = frame {
        let Frame {
            words,
            head,
            sentence,
            previous,
            part,
            pronoun,
            definite,
            earlier,
            marks,
            told,
        } = &**f;
        o.bits(&[previous.is_some(), pronoun.is_some(), *earlier, *told]);
        o.strs(words);
        o.strs(head);
        o.range(*sentence, span.start);
        if let Some(p) = previous {
            o.range(*p, sentence.0);
        }
        o.range(*part, sentence.0);
        if let Some(p) = pronoun {
            o.off(*p, span.start);
        }
        o.strs(definite);
        o.strs(marks);
    }
    o.0
}

/// A cue's code (below 16); a new cue fails to compile here until it has one, and
/// [`cue_of`] must give it back (the round-trip test checks every cue extraction gives).
fn cue_code(c: Cue) -> u8 {
    match c {
        Cue::Title => 0,
        Cue::Apposition => 1,
        Cue::Speech => 2,
        Cue::Surname => 3,
        Cue::TitleAlone => 4,
        Cue::Alias => 5,
        Cue::Institution => 6,
        Cue::Acronym => 7,
        Cue::Capitalised => 8,
        Cue::Initials => 9,
        Cue::Age => 10,
        Cue::Lone => 11,
    }
}

fn cue_of(code: u8) -> Option<Cue> {
    Some(match code {
        0 => Cue::Title,
        1 => Cue::Apposition,
        2 => Cue::Speech,
        3 => Cue::Surname,
        4 => Cue::TitleAlone,
        5 => Cue::Alias,
        6 => Cue::Institution,
        7 => Cue::Acronym,
        8 => Cue::Capitalised,
        9 => Cue::Initials,
        10 => Cue::Age,
        11 => Cue::Lone,
        _ => return None,
    })
}

struct In<'a> {
    b: &'a [u8],
    at: usize,
}

type R<T> = std::result::Result<T, String>;

fn damaged<T>() -> R<T> {
    Err("a stored claim is damaged".to_string())
}

impl<'a> In<'a> {
    fn byte(&mut self) -> R<u8> {
        let Some(&b) = self.b.get(self.at) else {
            return damaged();
        };
        self.at += 1;
        Ok(b)
    }
    fn u(&mut self) -> R<u64> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        damaged()
    }
    fn us(&mut self) -> R<usize> {
        usize::try_from(self.u()?).or_else(|_| damaged())
    }
    fn i(&mut self) -> R<i64> {
        let v = self.u()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }
    fn off(&mut self, base: usize) -> R<usize> {
        let v = base as i64 + self.i()?;
        usize::try_from(v).or_else(|_| damaged())
    }
    fn s(&mut self) -> R<String> {
        let n = self.us()?;
        let end = self.at.checked_add(n).filter(|&e| e <= self.b.len());
        let Some(end) = end else {
            return damaged();
        };
        let s = std::str::from_utf8(&self.b[self.at..end]).or_else(|_| damaged())?;
        self.at = end;
        Ok(s.to_string())
    }
    fn strs(&mut self) -> R<Vec<String>> {
        let n = self.us()?;
        (0..n).map(|_| self.s()).collect()
    }
    fn bits(&mut self) -> R<impl Fn(u32) -> bool> {
        let v = self.u()?;
        Ok(move |k| v >> k & 1 == 1)
    }
    fn date(&mut self) -> R<NaiveDate> {
        let d = i32::try_from(self.i()?).or_else(|_| damaged())?;
        NaiveDate::from_num_days_from_ce_opt(d).map_or_else(damaged, Ok)
    }
    fn f(&mut self) -> R<f64> {
        match self.byte()? {
            0 => Ok(self.i()? as f64),
            _ => {
                let end = self.at + 8;
                let Some(bytes) = self.b.get(self.at..end) else {
                    return damaged();
                };
                self.at = end;
                let mut a = [0u8; 8];
                a.copy_from_slice(bytes);
                Ok(f64::from_bits(u64::from_le_bytes(a)))
            }
        }
    }
    fn span(&mut self, base: Span) -> R<Span> {
        let start = self.off(base.start)?;
        let end = start + self.us()?;
        let line = self.off(base.line)?;
        let column = self.us()?;
        Ok(Span {
            start,
            end,
            line,
            column,
        })
    }
    fn range(&mut self, base: usize) -> R<(usize, usize)> {
        let a = self.off(base)?;
        let b = self.off(a)?;
        Ok((a, b))
    }
    fn point(&mut self) -> R<Point> {
        Ok(match self.byte()? {
            0 => Point::Day(self.date()?),
            1 => Point::Week(self.date()?),
            2 => {
                let y = i32::try_from(self.i()?).or_else(|_| damaged())?;
                Point::Month(y, u32::try_from(self.u()?).or_else(|_| damaged())?)
            }
            3 => Point::Year(i32::try_from(self.i()?).or_else(|_| damaged())?),
            _ => return damaged(),
        })
    }
}

/// A date form as the extractor names it: a `&'static str` of the forms seen so far.
fn form(s: String) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static FORMS: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let mut forms = FORMS
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    if let Some(f) = forms.get(s.as_str()) {
        return f;
    }
    // Forms are a few dozen words of the extractor: each is kept once.
    let f: &'static str = Box::leak(s.into_boxed_str());
    forms.insert(f);
    f
}

/// The columns of a stored claim that [`decode`] reads besides its `data`.
pub(crate) struct Columns<'a> {
    pub attribute: Attribute,
    pub value: Option<&'a str>,
    pub span: Span,
}

/// The claim of article `article` stored as `data` with these columns, its article's text
/// being `text` and its publication date `published`.
pub(crate) fn decode(
    data: &[u8],
    columns: Columns,
    article: usize,
    text: &str,
    published: Option<NaiveDate>,
) -> R<Claim> {
    let Columns {
        attribute,
        value: column_value,
        span,
    } = columns;
    let mut r = In { b: data, at: 0 };
    let flags = r.bits()?;
    let subject = if flags(0) { Some(r.s()?) } else { None };
    let scope = u8::from(flags(1)) + 2 * u8::from(flags(2));
    let written_scope = if scope == 3 {
        let a = r.date()?;
        let days = r.i()?;
        let b = a
            .checked_add_signed(chrono::TimeDelta::days(days))
            .map_or_else(damaged, Ok)?;
        Some((a, b))
    } else {
        None
    };
    let claim_text = if flags(3) {
        r.s()?
    } else {
        match text.get(span.start..span.end) {
            Some(t) => t.to_string(),
            None => return damaged(),
        }
    };
    let context = Context {
        span: r.span(span)?,
        future: flags(5),
        past: flags(6),
        period_past: flags(7),
        ahead: flags(8),
    };
    let detail = match r.byte()? {
        0 => {
            let f = r.bits()?;
            let value = if f(0) {
                let from = r.point()?;
                let to = if f(6) { Some(r.point()?) } else { None };
                let part = if f(7) {
                    Some(match r.byte()? {
                        0 => Part::Early,
                        1 => Part::Mid,
                        2 => Part::Late,
                        _ => return damaged(),
                    })
                } else {
                    None
                };
                Some(DateValue { from, to, part })
            } else {
                None
            };
            let form = form(r.s()?);
            let weekday = if f(2) {
                let w = Weekday::try_from(r.byte()?).or_else(|_| damaged())?;
                Some(WeekdayMention {
                    weekday: w,
                    span: r.span(span)?,
                })
            } else {
                None
            };
            let resolution = if f(3) {
                let anchor = if f(5) { Some(r.date()?) } else { None };
                Some(Resolution {
                    anchor,
                    rule: r.s()?,
                })
            } else {
                None
            };
            Detail::Date(Box::new(DateDetail {
                value,
                form,
                explicit: f(1),
                weekday,
                resolution,
                role: if f(4) { Role::Dateline } else { Role::Body },
            }))
        }
        1 => {
            let f = r.bits()?;
            let code = r.byte()?;
            let kind = match code / 16 {
                0 => EntityKind::Person,
                1 => EntityKind::Organisation,
                2 => EntityKind::Place,
                _ => return damaged(),
            };
            let cue = cue_of(code % 16).map_or_else(damaged, Ok)?;
            let Some(value) = column_value.map(str::to_string) else {
                return damaged();
            };
            let key = if f(0) { value.clone() } else { r.s()? };
            let mut opt = |k: u32| -> R<Option<usize>> {
                if f(k) {
                    Ok(Some(r.us()?))
                } else {
                    Ok(None)
                }
            };
            let person = opt(2)?;
            let org = opt(3)?;
            let title = opt(4)?;
            let qualifier = if f(5) { Some(r.s()?) } else { None };
            Detail::Entity(Box::new(EntityDetail {
                kind,
                key,
                value,
                cue,
                known: f(1),
                person,
                org,
                title,
                qualifier,
                former: f(6),
                retired: f(7),
                speaker: f(8),
                dateline: f(9),
                opponent: f(10),
            }))
        }
        2 => {
            let f = r.bits()?;
            let v = r.f()?;
            let to = if f(0) { Some(r.f()?) } else { None };
            let bound = if f(1) {
                Some(match r.byte()? {
                    0 => Bound::About,
                    1 => Bound::Nearly,
                    2 => Bound::AtLeast,
                    3 => Bound::Above,
                    4 => Bound::AtMost,
                    5 => Bound::Below,
                    _ => return damaged(),
                })
            } else {
                None
            };
            let noun = r.s()?;
            let thing = if f(9) { vec![noun.clone()] } else { r.strs()? };
            let others_of = if f(4) { Some(r.s()?) } else { None };
            let score = if f(8) {
                let a = u32::try_from(r.u()?).or_else(|_| damaged())?;
                let b = u32::try_from(r.u()?).or_else(|_| damaged())?;
                let time = match r.byte()? {
                    0 => ScoreTime::Final,
                    1 => ScoreTime::Current,
                    2 => ScoreTime::Interim,
                    3 => ScoreTime::Other,
                    _ => return damaged(),
                };
                Some(Score {
                    goals: (a, b),
                    time,
                    explicit: r.byte()? != 0,
                })
            } else {
                None
            };
            Detail::Count(Box::new(CountDetail {
                value: Quantity {
                    value: v,
                    to,
                    bound,
                    vague: f(2),
                },
                noun,
                thing,
                others: f(3),
                others_of,
                whole: f(5),
                percent: f(6),
                fixed: f(7),
                score,
            }))
        }
        3 => {
            let named = r.byte()? != 0;
            Detail::Identifier(Box::new(IdentifierDetail {
                kind: r.s()?,
                prefix: r.s()?,
                number: r.s()?,
                about: r.strs()?,
                named,
                suffix: r.s()?,
            }))
        }
        4 => {
            let cued = r.byte()? != 0;
            Detail::Initials(Box::new(InitialsDetail {
                items: r.strs()?,
                role: r.s()?,
                cued,
            }))
        }
        _ => return damaged(),
    };
    let frame = if flags(4) {
        let f = r.bits()?;
        let words = r.strs()?;
        let head = r.strs()?;
        let sentence = r.range(span.start)?;
        let previous = if f(0) {
            Some(r.range(sentence.0)?)
        } else {
            None
        };
        let part = r.range(sentence.0)?;
        let pronoun = if f(1) { Some(r.off(span.start)?) } else { None };
        Some(Box::new(Frame {
            words,
            head,
            sentence,
            previous,
            part,
            pronoun,
            definite: r.strs()?,
            earlier: f(2),
            marks: r.strs()?,
            told: f(3),
        }))
    } else {
        None
    };
    if r.at != data.len() {
        return damaged();
    }
    let time_scope = match scope {
        0 => None,
        1 => Some(published.map_or_else(damaged, |p| Ok((p, p)))?),
        2 => match &detail {
            Detail::Date(d) => d.value.map(|v| (v.start(), v.end())),
            _ => None,
        },
        _ => written_scope,
    };
    if scope == 2 && time_scope.is_none() {
        return damaged();
    }
    Ok(Claim {
        article,
        subject,
        attribute,
        time_scope,
        span,
        text: claim_text,
        context,
        detail,
        frame,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::rules::Rules;

    #[test]
    fn every_cue_code_gives_its_cue_back() {
        let mut cues = 0;
        for code in 0..16 {
            if let Some(c) = cue_of(code) {
                assert_eq!(cue_code(c), code, "{c:?}");
                cues += 1;
            }
        }
        assert_eq!(cues, 12);
    }

    /// Every claim of the seeds, the fixtures and the Kompas articles comes back from its
    /// stored form as extraction made it.
    #[test]
    fn claims_come_back_from_their_stored_form() {
        let rules = Rules::builtin().unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in ["seeds", "tests/fixtures", "../shared/corpus/kompas"] {
            let found = crate::load::article_paths(
                &[root.join(dir)],
                &crate::config::Ignore::default(),
                usize::MAX,
            );
            if let Ok(found) = found {
                files.extend(found.files.into_iter().map(|(_, p)| p));
            }
        }
        assert!(files.len() > 20, "{}", files.len());
        let mut n = 0;
        for path in files {
            let Ok(text) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(article) = Article::new("a", text, &rules) else {
                continue;
            };
            for c in crate::extract::extract(&article, 3, &rules) {
                let data = encode(&c, &article.text, article.published);
                let value = c.value();
                let columns = Columns {
                    attribute: c.attribute,
                    value: value.as_deref(),
                    span: c.span,
                };
                let back = decode(&data, columns, 3, &article.text, article.published).unwrap();
                assert_eq!(format!("{back:?}"), format!("{c:?}"), "{}", path.display());
                n += 1;
            }
        }
        assert!(n > 1000, "{n}");
    }
}
