//! Count claims: numbers in digits and in words, with the thing they count.
//!
//! Works on tokens and the `numbers` rules: no word of any language is written here.
//! A count is an amount (digits such as `1.500` or `1,5 juta`, number words such as
//! `dua belas` or `thirty-two`, a vague word such as `ratusan`, or a range of two amounts),
//! maybe after a bound word (`sekitar`, `at least`), followed by the counted noun. Numbers
//! that label rather than count are left alone: years, times, list numbers, ordinals,
//! parts of names, phone numbers, durations and (by default) percentages.

use crate::claim::Quantity;
use crate::rules::{DecimalMark, Language, NumberRules, Rules};
use crate::text::{Token, TokenKind};

/// One count found in a token slice: tokens `first..last`.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundCount {
    /// The count's first token.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// How many, as written.
    pub value: Quantity,
    /// The counted noun's token.
    pub noun: usize,
    /// A count of others besides someone named ("dua belas negara lainnya").
    pub others: bool,
    /// A percentage (`40 persen`), kept only with the `count_percentages` setting.
    pub percent: bool,
    /// A whole whose part the text gives ("dari sebanyak 104 bus" after "20 bus"): the
    /// token where the words tying it to its part start.
    pub whole: Option<usize>,
    /// A fixed measure of the rules (`kedalaman 47 km`): its index in the rules' list of
    /// `measures:` (`numbers.yaml`); the value is in the measure's base unit and `noun` is the
    /// word naming the measure.
    pub measure: Option<usize>,
    /// A number with no noun of its own (`12 lainnya`, `30 of them`): the first token of the
    /// earlier count whose noun it counts (the first of a chain: `42 orang. 30 di antaranya
    /// ..., 12 lainnya`).
    pub antecedent: Option<usize>,
}

/// An amount read at a token: its end and its range.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Amount {
    end: usize,
    lo: f64,
    hi: f64,
    vague: bool,
    /// Digits written with a decimal mark and no scale word after them ("5,0", not "1,5
    /// juta"): a measurement, no count of things, even when the fraction is zero.
    decimal: bool,
}

struct Reader<'a> {
    t: &'a [Token],
    r: &'a Rules,
    /// The decimal mark of the text's language; `None` when unknown.
    mark: Option<DecimalMark>,
    /// Endings of the adjectives the text's language puts before a noun.
    modifier_endings: &'a [String],
}

/// The counts in `tokens`, left to right. `taken` marks tokens that belong to other claims
/// (dates), `starts` the tokens that open a sentence, `lang` the text's language (its
/// decimal mark, its modifiers), `None` when unknown.
pub fn find_counts(
    tokens: &[Token],
    taken: &[bool],
    starts: &[bool],
    rules: &Rules,
    lang: Option<&Language>,
) -> Vec<FoundCount> {
    let rd = Reader {
        t: tokens,
        r: rules,
        mark: lang.and_then(|l| l.decimal_mark),
        modifier_endings: lang.map_or(&[], |l| l.modifier_endings.as_slice()),
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if (tokens[i].newline || i == 0) && rules.text.skip_lines.contains_at(tokens, i) {
            // A "Baca Juga: ..." line links elsewhere.
            i += 1;
            while i < tokens.len() && !tokens[i].newline {
                i += 1;
            }
            continue;
        }
        if taken[i] {
            i += 1;
            continue;
        }
        if let Some((n, _)) = rules.numbers.idioms.match_at(tokens, i) {
            i += n;
            continue;
        }
        if let Some(c) = rd.measure_at(i, taken, starts) {
            i = c.last;
            out.push(c);
            continue;
        }
        // An amount of money counts nothing; read it whole, so no part of it is taken for
        // a count ("1 miliar subsider" of "Rp208,1 miliar subsider").
        if let Some(end) = rd.money_at(i) {
            i = end;
            continue;
        }
        match rd.count_at(i, taken, starts, &out) {
            Some(mut c) => {
                i = c.last;
                c.whole = rd.whole_from(&c, out.last(), starts);
                out.push(c);
            }
            None => i += 1,
        }
    }
    out
}

impl Reader<'_> {
    /// An amount of money at `i`: a currency sign or code (`money_before`) and an amount,
    /// apart (`Rp 300 juta`, `US$5 million`) or glued into one word (`Rp208,1 miliar`),
    /// maybe a range (`Rp 10-15 juta`): the token after it.
    fn money_at(&self, i: usize) -> Option<usize> {
        let t = self.t;
        let money = &self.r.numbers.money_before;
        let end = if let Some((n, _)) = money.match_at(t, i) {
            let j = i + n;
            if j >= t.len() || !self.same_line(i, j) {
                return None;
            }
            self.amount(j)?.end
        } else {
            // "Rp208": letters, then digits, in one word token.
            let tok = &t[i];
            if tok.kind != TokenKind::Word || !tok.norm.ends_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let at = tok.norm.find(|c: char| c.is_ascii_digit())?;
            let (sign, digits) = tok.norm.split_at(at);
            if !digits.bytes().all(|b| b.is_ascii_digit())
                || money.get(&[sign.to_string()]).is_none()
            {
                return None;
            }
            let (end, _) = self.digits_from(digits, i)?;
            self.scales(end).0
        };
        // "Rp 10-15 juta", "Rp 10 hingga 15 juta".
        let join = self
            .r
            .numbers
            .range_joins
            .match_at(t, end)
            .map(|(n, _)| n)
            .or_else(|| {
                let dash = t.get(end)?;
                (dash.is_punct("-–") && !dash.gap).then_some(1)
            });
        let end = join
            .and_then(|n| {
                let b = t.get(end + n)?;
                (b.kind == TokenKind::Number && self.same_line(end, end + n))
                    .then(|| self.amount(end + n))
                    .flatten()
            })
            .map_or(end, |b| b.end);
        Some(end)
    }

    /// A fixed measure at `i`: a word naming it, maybe a colon or a bound word, digits and
    /// one of the measure's units (`kedalaman 47 km`, `Kedalaman:47 Km`, `pada kedalaman
    /// 70 kilometer`), or digits and a unit that names its measure (`8,72 lintang
    /// selatan`). Digits with no unit of the measure after them are no measure, nor is
    /// a measure in a sentence that, with the sentence before, names none of the events it
    /// is fixed for (a quake has one depth, a flood many).
    fn measure_at(&self, i: usize, taken: &[bool], starts: &[bool]) -> Option<FoundCount> {
        let (t, nr) = (self.t, &self.r.numbers);
        // The word naming the measure: the longest of its phrase ("depth" of "a depth of").
        let mut noun = i;
        let (m, end, v, bound) = match nr.measures.match_at(t, i) {
            Some((n, &m)) => {
                noun = (i..i + n)
                    .rev()
                    .max_by_key(|&k| t[k].norm.chars().count())
                    .unwrap_or(i);
                let mut j = i + n;
                if t.get(j).is_some_and(|x| x.is_punct(":")) {
                    j += 1;
                }
                let mut bound = None;
                if let Some((n, &b)) = t.get(j).and_then(|_| nr.bounds.match_at(t, j)) {
                    bound = Some(b);
                    j += n;
                }
                let tok = t.get(j)?;
                if tok.kind != TokenKind::Number || taken[j] || !self.same_line(i, j) {
                    return None;
                }
                let (end, v) = self.digits(j)?;
                (m, end, v, bound)
            }
            None if t[i].kind == TokenKind::Number => {
                // "8,72 lintang selatan": digits and a unit that names its measure.
                if taken[i] || i > 0 && t[i - 1].end == t[i].start && !t[i - 1].is_punct("(") {
                    return None;
                }
                let (end, v) = self.digits(i)?;
                let unit = self.past_degree(end);
                let m = nr
                    .measure_list
                    .iter()
                    .position(|m| m.named_by_unit && m.units.match_at(t, unit).is_some())?;
                noun = unit;
                (m, end, v, None)
            }
            None => {
                // "M4,9": a word of the measure and the digits in one word token.
                let tok = &t[i];
                if tok.kind != TokenKind::Word || !tok.norm.ends_with(|c: char| c.is_ascii_digit())
                {
                    return None;
                }
                let at = tok.norm.find(|c: char| c.is_ascii_digit())?;
                let (word, digits) = tok.norm.split_at(at);
                if !digits.bytes().all(|b| b.is_ascii_digit()) {
                    return None;
                }
                let &m = nr.measures.get(&[word.to_string()])?;
                let (end, v) = self.digits_from(digits, i)?;
                (m, end, v, None)
            }
        };
        let measure = &nr.measure_list[m];
        // "8,08° Lintang Selatan": a degree sign may stand between the digits and the unit.
        let end = self.past_degree(end);
        let (u, size) = match measure.units.match_at(t, end) {
            Some((u, &size)) => (u, size),
            None if measure.bare => (0, 1.0),
            None => return None,
        };
        if measure.max.is_some_and(|max| v * size > max) {
            return None;
        }
        if !self.same_line(i, end) {
            return None;
        }
        // From the start of the sentence before to the end of this one.
        let mut from = i;
        for _ in 0..2 {
            from = from.saturating_sub(1);
            while from > 0 && !starts[from] {
                from -= 1;
            }
        }
        let mut to = end + u;
        while to < t.len() && !starts[to] {
            to += 1;
        }
        if !(from..to).any(|k| measure.of.contains_at(t, k)) {
            return None;
        }
        Some(FoundCount {
            first: i,
            last: end + u,
            value: Quantity {
                value: v * size,
                to: None,
                bound,
                vague: false,
            },
            noun,
            others: false,
            percent: false,
            whole: None,
            measure: Some(m),
            antecedent: None,
        })
    }

    /// `end`, or the token after it when `end` is a degree sign glued to the digits before
    /// it ("8,08° Lintang Selatan").
    fn past_degree(&self, end: usize) -> usize {
        let glued = self.t.get(end).is_some_and(|x| x.is_punct("°") && !x.gap);
        if glued {
            end + 1
        } else {
            end
        }
    }

    /// A count at `i`; `earlier` are the counts before it, for a number whose noun stands
    /// in an earlier count (`30 di antaranya`).
    fn count_at(
        &self,
        i: usize,
        taken: &[bool],
        starts: &[bool],
        earlier: &[FoundCount],
    ) -> Option<FoundCount> {
        let nr = &self.r.numbers;
        let mut j = i;
        let mut bound = None;
        let mut open = false;
        if let Some((n, &b)) = nr.bounds.match_at(self.t, j) {
            bound = Some(b);
            j += n;
        } else if let Some((n, _)) = nr.range_opens.match_at(self.t, j) {
            open = true;
            j += n;
        }
        if j >= self.t.len() || taken[j] || !self.same_line(i, j) {
            return None;
        }
        // Only the amount's own start is checked for labels; bound words are no labels.
        if self.is_label(j, starts) || self.is_whole(i) {
            return None;
        }
        let a = self.amount(j)?;
        if self.inside_number(j) || nr.decimal_words.match_at(self.t, a.end).is_some() {
            return None;
        }
        let mut end = a.end;
        let (lo, mut hi) = (a.lo, a.hi);
        // A second amount: "10 hingga 15", "antara 10 dan 15", "10-15".
        let join = if open {
            nr.range_open_joins.match_at(self.t, end)
        } else {
            nr.range_joins.match_at(self.t, end)
        }
        .map(|(n, _)| n)
        .or_else(|| {
            let dash = self.t.get(end)?;
            (dash.is_punct("-–") && !dash.gap && self.t.get(end + 1).is_some_and(|n| !n.gap))
                .then_some(1)
        });
        if let Some(n) = join {
            if let Some(b) = self
                .amount(end + n)
                .filter(|b| b.hi >= lo && !taken[end + n] && self.same_line(end, end + n))
            {
                hi = b.hi;
                end = b.end;
            }
        }
        if open && hi == lo {
            return None;
        }
        // A fraction counts no things ("magnitudo 5,6", "magnitudo 5,0"); "1,5 juta" is a
        // whole number.
        if a.decimal || lo.fract() != 0.0 || hi.fract() != 0.0 {
            return None;
        }
        if a.end == j + 1 && self.t[j].kind == TokenKind::Number && end == a.end {
            // Bare digits: a year, a list number, a code or a phone number is no count.
            let tok = &self.t[j];
            let st = &self.r.settings;
            let years = st.count_year_min as f64..=st.count_year_max as f64;
            if (tok.digits() == 4 && years.contains(&lo) && bound.is_none())
                || (tok.norm.starts_with('0') && tok.digits() > 1)
            {
                return None;
            }
            if (tok.newline || j == 0)
                && self
                    .t
                    .get(j + 1)
                    .is_some_and(|n| n.is_punct(".)") && !n.gap)
            {
                return None;
            }
        }
        // Glued to what follows ("5th", "14:30", "1/2", "3x", "0812-3456"): no count.
        if let Some(next) = self.t.get(end) {
            let glued = !next.gap
                && (next.kind != TokenKind::Punct
                    || (next.is_punct(":/-–")
                        && self
                            .t
                            .get(end + 1)
                            .is_some_and(|n| !n.gap && n.digits() > 0)));
            if glued && !self.r.numbers.percent.contains_at(self.t, end) {
                return None;
            }
        }
        let value = Quantity {
            value: lo,
            to: (hi != lo).then_some(hi),
            bound,
            vague: a.vague,
        };
        self.anaphora(i, end, value, starts, earlier)
            .or_else(|| self.noun(i, end, value, taken))
    }

    /// A number whose noun is an earlier count's: an `anaphora_others` or `anaphora_part`
    /// word right after it (`12 lainnya`, `30 di antaranya`, `12 others`, `30 of them`) and a
    /// count before it in its sentence or, when its sentence has none before it, in the
    /// sentence before, on the same line. The nearest such count lends its noun; when
    /// those counts count different things (`3 jenazah di 2 lokasi ... 12 lainnya`) the
    /// noun is unsure and the number counts nothing. A part is no larger than its whole,
    /// and a part of others is others too (`enam korban tambahan, dua di antaranya`).
    fn anaphora(
        &self,
        first: usize,
        end: usize,
        value: Quantity,
        starts: &[bool],
        earlier: &[FoundCount],
    ) -> Option<FoundCount> {
        let (t, nr) = (self.t, &self.r.numbers);
        let (n, others) = match nr.anaphora_others.match_at(t, end) {
            Some((n, _)) => (n, true),
            None => (nr.anaphora_part.match_at(t, end)?.0, false),
        };
        if !self.same_line(end - 1, end + n - 1) {
            return None;
        }
        let sentence_start = |mut k: usize| {
            while k > 0 && !starts[k] {
                k -= 1;
            }
            k
        };
        let here = sentence_start(first);
        let counts_in = |from: usize, to: usize| -> Vec<&FoundCount> {
            earlier
                .iter()
                .filter(|c| c.first >= from && c.last <= to)
                .filter(|c| c.measure.is_none() && !c.percent)
                .collect()
        };
        let mut window = counts_in(here, first);
        if window.is_empty() && here > 0 {
            window = counts_in(sentence_start(here - 1), here);
        }
        let last = *window.last()?;
        if !self.same_line(last.noun, first) {
            return None;
        }
        let thing = |c: &FoundCount| super::frame::items_at(t, self.r, c.noun);
        let noun = thing(last);
        if window.iter().any(|c| thing(c) != noun) {
            return None;
        }
        let whole = last.value.to.unwrap_or(last.value.value);
        if !others && value.value > whole {
            return None;
        }
        Some(FoundCount {
            first,
            last: end + n,
            value,
            noun: last.noun,
            others: others || last.others,
            percent: false,
            whole: None,
            measure: None,
            antecedent: Some(last.antecedent.unwrap_or(last.first)),
        })
    }

    /// The counted noun after the amount ending at `end`: classifiers and "other" words
    /// skipped, "lainnya" after the noun taken in.
    fn noun(
        &self,
        first: usize,
        end: usize,
        mut value: Quantity,
        taken: &[bool],
    ) -> Option<FoundCount> {
        let nr = &self.r.numbers;
        let mut k = end;
        let t = self.t;
        let percent_sign = t.get(k).is_some_and(|x| x.is_punct("%"));
        let percent_word = nr.percent.match_at(t, k);
        if percent_sign || percent_word.is_some() {
            if !self.r.settings.count_percentages {
                return None;
            }
            let n = percent_word.map_or(1, |(n, _)| n);
            return Some(FoundCount {
                first,
                last: k + n,
                value,
                noun: k,
                others: false,
                percent: true,
                whole: None,
                measure: None,
                antecedent: None,
            });
        }
        let mut others = false;
        if let Some((n, _)) = nr.others_before.match_at(t, k) {
            others = true;
            k += n;
        }
        if let Some((n, _)) = nr.classifiers.match_at(t, k) {
            if self.is_noun(k + n, taken) {
                k += n;
            }
        }
        if !self.is_noun(k, taken) || !self.same_line(end.saturating_sub(1), k) {
            return None;
        }
        // "60 medical students": an adjective before the noun, in a language that puts
        // them there, is no counted thing. Only for more than one, where the noun is
        // plural and the word after it no verb agreeing with one ("one official says").
        let plural = value.to.unwrap_or(value.value) > 1.0;
        for _ in 0..2 {
            let modifier = plural
                && self
                    .modifier_endings
                    .iter()
                    .any(|e| t[k].norm.len() > e.len() + 2 && t[k].norm.ends_with(e.as_str()))
                && !self.r.events.concepts.contains_at(t, k);
            let next_is_noun =
                t.get(k + 1).is_some_and(|n| n.gap && !n.newline) && self.is_noun(k + 1, taken);
            if !(modifier && next_is_noun) {
                break;
            }
            k += 1;
        }
        let noun = k;
        let mut last = k + 1;
        // "negara Indo-Pasifik lainnya": a capitalised qualifier may stand between.
        let mut q = last;
        while q < t.len()
            && q < last + 4
            && !t[q].newline
            && (t[q].capital && t[q].kind == TokenKind::Word || (t[q].is_punct("-") && !t[q].gap))
        {
            q += 1;
        }
        for at in [last, q] {
            if let Some((n, _)) = nr.others_after.match_at(t, at) {
                if self.same_line(noun, at) {
                    others = true;
                    last = at + n;
                    break;
                }
            }
        }
        // A number with a bound or a range before it has its bound: a "lebih" after it is
        // another word's ("Lebih dari 30 rumah lebih dulu rusak").
        let plain = value.bound.is_none() && value.to.is_none();
        if let Some((n, &b)) = nr.bounds_after.match_at(t, last).filter(|_| plain) {
            if self.same_line(noun, last) {
                // "1.000 unit lebih per bulan": a bound; "1.000 unit lebih banyak": a
                // difference, no count.
                let next = t.get(last + n).filter(|x| !x.newline);
                let compares = next.is_some_and(|x| {
                    x.kind == TokenKind::Word
                        && (!self.r.events.stopwords.contains(x.norm.as_str())
                            || nr.compare_after.contains_at(t, last + n))
                });
                if compares {
                    return None;
                }
                value.bound = Some(b);
                last += n;
            }
        }
        Some(FoundCount {
            first,
            last,
            value,
            noun,
            others,
            percent: false,
            whole: None,
            measure: None,
            antecedent: None,
        })
    }

    /// A lower-case word that can be a counted thing.
    fn is_noun(&self, k: usize, taken: &[bool]) -> bool {
        let r = self.r;
        let Some(tok) = self.t.get(k) else {
            return false;
        };
        tok.kind == TokenKind::Word
            && !tok.capital
            && !taken[k]
            && !r.events.stopwords.contains(tok.norm.as_str())
            && !r.numbers.not_counted.contains_at(self.t, k)
            && !r.numbers.words.contains_at(self.t, k)
            && !r.numbers.scales.contains_at(self.t, k)
            && !r.numbers.bounds.contains_at(self.t, k)
            && !r.numbers.range_joins.contains_at(self.t, k)
    }

    /// Whether the number at `j` labels something: after a label word ("pukul", "ke-",
    /// "nomor"), inside a name (after a capitalised word that opens no sentence), or a
    /// capitalised number word inside a sentence ("Kelompok Tujuh").
    fn is_label(&self, j: usize, starts: &[bool]) -> bool {
        let t = self.t;
        // The tail of a number read and refused already ("6" of "5,6"), or the minutes of
        // a clock time ("33" of "14:33"), or of digits glued to a word ("1" of "Rp208,1").
        if j > 1
            && t[j - 1].is_punct(".,:")
            && !t[j - 1].gap
            && !t[j].gap
            && t[j - 2].norm.ends_with(|c: char| c.is_ascii_digit())
        {
            return true;
        }
        let mut k = j;
        if k > 0 && t[k - 1].is_punct("-") && !t[k - 1].gap && !t[k].gap {
            k -= 1;
        }
        if self.r.numbers.not_after.match_before(t, k).is_some() {
            return true;
        }
        if t[j].kind == TokenKind::Word && t[j].capital && !self.opens(j, starts) {
            return true;
        }
        if k > 0 && !starts[j] {
            let prev = &t[k - 1];
            if prev.kind == TokenKind::Word
                && prev.capital
                && !self.opens(k - 1, starts)
                && self.r.numbers.bounds.match_before(t, k).is_none()
            {
                return true;
            }
        }
        false
    }

    /// Whether token `k` opens a sentence, maybe after an opening quote or bracket
    /// (`"Total 20 bus ...`): a capital there is no name's.
    fn opens(&self, k: usize, starts: &[bool]) -> bool {
        let mut p = k;
        while !starts[p] && p > 0 && self.t[p - 1].is_punct("\"“'‘([") && p + 3 > k {
            p -= 1;
        }
        starts[p]
    }

    /// Whether the count at `i` is the whole of a part before it: "empat dari [dua belas]".
    fn is_whole(&self, i: usize) -> bool {
        let Some((n, _)) = self.r.numbers.part_of.match_before(self.t, i) else {
            return false;
        };
        let Some(k) = i.checked_sub(n + 1) else {
            return false;
        };
        self.t[k].digits() > 0 || ends_number_word(self.t, k + 1, &self.r.numbers)
    }

    /// Whether count `c` is a whole: after a `whole_before` phrase, or after a `part_of`
    /// word with a part before it, a number ("241 of the 242 people") or a count of the same
    /// thing earlier in the sentence (`previous`: "20 bus yang terbakar dari sebanyak 104
    /// bus"; not "12 orang dari tujuh negara"). Stopwords may stand between ("dari
    /// sebanyak", "of the"). The token where the phrase starts.
    fn whole_from(
        &self,
        c: &FoundCount,
        previous: Option<&FoundCount>,
        starts: &[bool],
    ) -> Option<usize> {
        let (t, nr) = (self.t, &self.r.numbers);
        let mut p = c.first;
        for _ in 0..4 {
            if let Some((n, _)) = nr.whole_before.match_before(t, p) {
                return Some(p - n);
            }
            // "104 peserta yang terdiri dari 40 personel": a part, whatever came before.
            if nr.part_before.match_before(t, p).is_some() {
                return None;
            }
            if let Some((n, _)) = nr.part_of.match_before(t, p) {
                let at = p - n;
                // "Dari lima perusahaan tambang yang memiliki IUP, hanya satu ...": opening its
                // clause, the phrase names the whole whose part the clause goes on to count.
                if self.opens(at, starts) || at > 0 && t[at - 1].is_punct(",") {
                    return Some(at);
                }
                let number =
                    at > 0 && (t[at - 1].digits() > 0 || ends_number_word(t, at, &self.r.numbers));
                let counted = previous.is_some_and(|b| {
                    let thing = super::frame::items_at(t, self.r, c.noun);
                    b.last <= at
                        && !(b.first + 1..=at).any(|k| starts[k])
                        && super::frame::items_at(t, self.r, b.noun)
                            .iter()
                            .any(|x| thing.contains(x))
                });
                return (number || counted).then_some(at);
            }
            let prev = t.get(p.checked_sub(1)?)?;
            if prev.kind != TokenKind::Word
                || prev.newline
                || !self.r.events.stopwords.contains(prev.norm.as_str())
            {
                return None;
            }
            p -= 1;
        }
        None
    }

    /// Whether token `j` continues a number begun before it, so no count starts there: digits
    /// glued to a separator after digits (the "5" of "1/5", the "77" of "0.77" or ".77"), or
    /// a number word after a number word or a decimal word on its line (the "twenty" of "one
    /// twenty two", the "two million" of "two point two million").
    fn inside_number(&self, j: usize) -> bool {
        let t = self.t;
        let Some(x) = t.get(j) else { return false };
        if j == 0 {
            return false;
        }
        let prev = &t[j - 1];
        // "1.  243 warga", "5.\n\n800 lowongan": a thousands group split from its head by
        // spaces or a line break (a copied table or summary) is no count of its own.
        let split_group = x.kind == TokenKind::Number
            && x.digits() == 3
            && x.norm.len() == 3
            && j >= 2
            && prev.is_punct(".")
            && !prev.gap
            && t[j - 2].kind == TokenKind::Number
            && (1..=3).contains(&t[j - 2].digits())
            && t[j - 2].norm.len() == t[j - 2].digits()
            // A list's number opens its line ("1. 200 rumah terendam"): not a head.
            && j > 2
            && !t[j - 2].newline;
        if split_group {
            return true;
        }
        if x.newline {
            return false;
        }
        let number_before = |k: usize| {
            k > 0 && (t[k - 1].kind == TokenKind::Number || ends_number_word(t, k, &self.r.numbers))
        };
        let after_decimal_word = self
            .r
            .numbers
            .decimal_words
            .match_before(t, j)
            .is_some_and(|(n, _)| j >= n && number_before(j - n));
        // Glued by a dash to a word or a year before it: a code's number ("COVID-19 cases",
        // "Timnas U-23", "jet F-16") or the end of a span of years ("the 2019-20 season").
        let after_dash = !x.gap && prev.is_punct("-\u{2013}") && j >= 2 && {
            let before = &t[j - 2];
            let year =
                before.kind == TokenKind::Number && before.digits() == 4 && before.norm.len() == 4;
            year || (!prev.gap && before.kind == TokenKind::Word)
        };
        if x.kind == TokenKind::Number {
            return (!x.gap && prev.is_punct("/.,")) || after_dash || after_decimal_word;
        }
        ends_number_word(t, j, &self.r.numbers) || after_decimal_word
    }

    fn same_line(&self, a: usize, b: usize) -> bool {
        self.t[a.min(b) + 1..=b.max(a).min(self.t.len() - 1)]
            .iter()
            .all(|x| !x.newline)
    }

    /// An amount at `j`: a vague word, digits (with separators and scale words), or number
    /// words.
    fn amount(&self, j: usize) -> Option<Amount> {
        let nr = &self.r.numbers;
        let tok = self.t.get(j)?;
        if let Some((n, &(lo, hi))) = nr.vague.match_at(self.t, j) {
            let (end, scale) = self.scales(j + n);
            return Some(Amount {
                end,
                lo: lo * scale,
                hi: hi * scale,
                vague: true,
                decimal: false,
            });
        }
        if tok.kind == TokenKind::Number {
            let (after, v) = self.digits(j)?;
            let (end, scale) = self.scales(after);
            return Some(Amount {
                end,
                lo: v * scale,
                hi: v * scale,
                vague: false,
                decimal: end == after && self.has_decimal(j, after),
            });
        }
        let (end, v) = word_number(self.t, j, &self.r.numbers)?;
        Some(Amount {
            end,
            lo: v,
            hi: v,
            vague: false,
            decimal: false,
        })
    }

    /// Scale words after digits ("1,5 juta", "3 ribu"): their product.
    fn scales(&self, mut k: usize) -> (usize, f64) {
        let mut scale = 1.0;
        while let Some((n, &s)) = self.r.numbers.scales.match_at(self.t, k) {
            if self.t[k].newline {
                break;
            }
            scale *= s;
            k += n;
        }
        (k, scale)
    }

    /// Digits with thousands and decimal separators: `1.500`, `1,5`, `2,000`, `1.500.000`,
    /// `1.500,5`. A single separator before three digits is a thousands separator in the
    /// text's language (`.` in Indonesian, `,` in English); before one or two digits it is
    /// a decimal mark.
    fn digits(&self, j: usize) -> Option<(usize, f64)> {
        self.digits_from(self.t[j].norm.as_str(), j)
    }

    /// Whether the digits at `j..end` (read by [`Reader::digits`]) have a decimal part: a
    /// separator the text's language reads as a decimal mark ("5,0" in Indonesian). The
    /// digits' value differs from that of their groups written together exactly then.
    fn has_decimal(&self, j: usize, end: usize) -> bool {
        let joined: String = self.t[j..end]
            .iter()
            .filter(|x| x.kind == TokenKind::Number)
            .map(|x| x.norm.as_str())
            .collect();
        match (self.digits(j), joined.parse::<f64>()) {
            (Some((_, v)), Ok(w)) => v != w,
            _ => false,
        }
    }

    /// [`Reader::digits`] whose first group is `first`, the digits of token `j` (all of
    /// them, or the tail of a word such as `Rp208`).
    fn digits_from<'a>(&'a self, first: &'a str, j: usize) -> Option<(usize, f64)> {
        let t = self.t;
        let mut groups = vec![first];
        let mut seps: Vec<char> = Vec::new();
        let mut k = j + 1;
        while k + 1 < t.len()
            && t[k].is_punct(".,")
            && !t[k].gap
            && t[k + 1].kind == TokenKind::Number
            && !t[k + 1].gap
        {
            seps.push(if t[k].norm == "." { '.' } else { ',' });
            groups.push(t[k + 1].norm.as_str());
            k += 2;
        }
        let thousands = |s: char| -> bool {
            match (s, self.mark) {
                ('.', Some(DecimalMark::Comma)) | (',', Some(DecimalMark::Point)) => true,
                ('.', Some(DecimalMark::Point)) | (',', Some(DecimalMark::Comma)) => false,
                // Unknown language: a lone separator before three digits is read as a
                // thousands separator, the more common case in news counts.
                _ => true,
            }
        };
        let three = |g: &&str| g.len() == 3;
        let value = match seps.as_slice() {
            [] => groups[0].parse::<f64>().ok()?,
            [s] => {
                if three(&groups[1]) && thousands(*s) {
                    format!("{}{}", groups[0], groups[1]).parse().ok()?
                } else {
                    format!("{}.{}", groups[0], groups[1]).parse().ok()?
                }
            }
            _ => {
                let last = *seps.last()?;
                let first = seps[0];
                let all_same = seps.iter().all(|&s| s == first);
                if groups[0].len() > 3 || !groups[1..groups.len() - 1].iter().all(three) {
                    return None;
                }
                if all_same {
                    if !three(groups.last()?) {
                        return None;
                    }
                    groups.concat().parse().ok()?
                } else if seps[..seps.len() - 1].iter().all(|&s| s == first) && last != first {
                    let int = groups[..groups.len() - 1].concat();
                    format!("{int}.{}", groups.last()?).parse().ok()?
                } else {
                    return None;
                }
            }
        };
        Some((k, value))
    }
}

/// The most tokens one number in words may take.
const MAX_NUMBER_TOKENS: usize = 24;

/// Number words at `i` ("dua belas", "tiga puluh dua", "seratus lima", "thirty-two",
/// "one hundred twenty"): the token after them and their value. Each scale word multiplies
/// the words before it that are smaller than itself; a teen word adds to the digit word
/// before it.
pub(crate) fn word_number(t: &[Token], i: usize, rules: &NumberRules) -> Option<(usize, f64)> {
    let nr = rules;
    let (n, &first) = nr.words.match_at(t, i)?;
    let mut parts: Vec<f64> = vec![first];
    let mut k = i + n;
    // No number is written with more words than this; a longer run ("dua belas ribu juta"
    // over and over) is read in pieces, so reading it costs no more than its length.
    while k - i < MAX_NUMBER_TOKENS {
        // "thirty-two": a hyphen between two number words.
        let mut next = k;
        if t.get(k).is_some_and(|x| x.is_punct("-") && !x.gap)
            && t.get(k + 1).is_some_and(|x| !x.gap)
        {
            next = k + 1;
        }
        if t.get(next).is_none_or(|x| x.newline) {
            break;
        }
        if let Some((n, &w)) = nr.words.match_at(t, next) {
            // Two plain digit words in a row ("dua tiga") are no one number.
            if parts
                .last()
                .is_some_and(|&p| p < 10.0 && w < 10.0 && w.fract() == 0.0)
            {
                break;
            }
            // A word larger than the one before it with no scale between ("one twenty two")
            // is no number written in words: not read, rather than summed.
            if parts.last().is_some_and(|&p| w > p && w.fract() == 0.0) {
                return None;
            }
            parts.push(w);
            k = next + n;
        } else if parts.last().is_some_and(|&p| p >= 100.0)
            && nr.joins.contains_at(t, next)
            && t.get(next + 1).is_some_and(|x| !x.newline)
            && nr
                .words
                .match_at(t, next + 1)
                .is_some_and(|(_, &w)| w < 100.0)
        {
            // "one hundred and six": "and" after a scale joins the rest of the number.
            k = next + 1;
        } else if let Some((n, &s)) = nr.scales.match_at(t, next) {
            let mut small = 0.0;
            let mut any = false;
            while parts.last().is_some_and(|&p| p < s) {
                small += parts.pop().unwrap_or(0.0);
                any = true;
            }
            // A scale after a larger number multiplies nothing ("twenty dozen", "dua
            // puluh lusin"): the number ends before it rather than read as a sum.
            if !any {
                break;
            }
            parts.push(small * s);
            k = next + n;
        } else if let Some((n, &add)) = nr.teens.match_at(t, next) {
            let digit = parts.pop()?;
            parts.push(digit + add);
            k = next + n;
        } else {
            break;
        }
    }
    Some((k, parts.iter().sum()))
}

/// Whether a number word ends just before token `k` ("dua" in "dua tahun lalu").
pub(crate) fn ends_number_word(t: &[Token], k: usize, rules: &NumberRules) -> bool {
    let nr = rules;
    nr.words.match_before(t, k).is_some()
        || nr.scales.match_before(t, k).is_some()
        || nr.teens.match_before(t, k).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The text of the money amount at the first token of `text`.
    fn money(text: &str, mark: DecimalMark) -> Option<String> {
        let rules = Rules::builtin().unwrap();
        let t = tokenize(text);
        let rd = Reader {
            t: &t,
            r: &rules,
            mark: Some(mark),
            modifier_endings: &[],
        };
        rd.money_at(0).map(|end| text[..t[end - 1].end].to_string())
    }

    /// A currency glued to its digits ("Rp208,1") is read whole: its tail was read as
    /// a count, "1 miliar subsider" (tuntutan-korupsi-lahan-rorotan).
    #[test]
    fn money_is_read_whole_with_its_sign() {
        let c = DecimalMark::Comma;
        let p = DecimalMark::Point;
        for (text, mark, span) in [
            ("Rp208,1 miliar subsider", c, "Rp208,1 miliar"),
            ("Rp2,4 miliar subsider", c, "Rp2,4 miliar"),
            ("Rp 300 juta subsider", c, "Rp 300 juta"),
            ("Rp 224.696.340.127 sebagaimana", c, "Rp 224.696.340.127"),
            ("US$5 juta untuk", c, "US$5 juta"),
            ("Rp 10-15 juta per", c, "Rp 10-15 juta"),
            ("$1.2 million deal", p, "$1.2 million"),
            ("£86,000 to", p, "£86,000"),
        ] {
            assert_eq!(money(text, mark).as_deref(), Some(span), "{text}");
        }
        // Traps: a word glued to digits that is no currency, a currency word with no amount.
        assert_eq!(money("Liputan6,1 juta", c), None);
        assert_eq!(money("Rp tidak", c), None);
        assert_eq!(money("G20 summit", p), None);
    }
}
