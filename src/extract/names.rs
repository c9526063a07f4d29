//! Entity mentions: people, institutions and places named in one article, the titles and
//! roles given to people, and the institutions they are tied to.
//!
//! Everything here works on tokens and the rule data; no word list lives in the code.
//! A person is recognised only with a cue (a title before the name, an apposition after it,
//! a speech verb, or the surname of a person named in full earlier), an institution by an
//! institution word ("Universitas", "University"), a place or organisation by a form in the
//! aliases. A run of capitalised words without a cue is not a mention: precision first.

use std::collections::{BTreeMap, BTreeSet};

use crate::claim::Cue;
use crate::rules::{DateRules, EntityKind, Order, Rules, TextRules};
use crate::text::{word_hash, Token, TokenKind};

/// A name mentioned in the article.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Person, organisation or place.
    pub kind: EntityKind,
    /// Token range of the name.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// The normalised name, word by word (lower-case words, aliases and institution
    /// words made canonical, as [`crate::claim::EntityDetail::key`]).
    pub key: Vec<String>,
    /// Index of the known entity in the rules' alias list.
    pub known: Option<usize>,
    /// What made the run of words a name.
    pub cue: Cue,
    /// The fuller mention in this article a surname stands for.
    pub link: Option<usize>,
    /// Index of the institution word's entry in the rules, for institutions.
    pub head: Option<usize>,
}

/// The names of an article other than people's, for the slips of their words
/// ([`Finder::other_names`]).
struct OtherNames<'a> {
    /// Their capitalised words (institutions, places, known names: "Kejaksaan Agung",
    /// "Tiongkok"), each with its name's kind and how many times the article names it in
    /// another form (a known name's mentions, for the words of its forms in the rules).
    words: BTreeMap<&'a str, (EntityKind, usize)>,
}

/// A title or role given to a person mention.
#[derive(Debug, Clone)]
pub struct TitleMention {
    /// Index of the person's mention in [`Found::mentions`].
    pub person: usize,
    /// Index of the title in the rules' title list.
    pub title: usize,
    /// Token range of the title.
    pub first: usize,
    /// One past its last token.
    pub last: usize,
    /// The organisation or country the title is of ("NATO" in "Sekjen NATO").
    pub qualifier: Option<String>,
    /// The title is no longer held ("mantan", "former").
    pub former: bool,
    /// A rank held in retirement ("Purn.").
    pub retired: bool,
}

/// A person tied to an institution ("... dari Universitas Temple").
#[derive(Debug, Clone)]
pub struct AffiliationMention {
    /// Index of the person's mention in [`Found::mentions`].
    pub person: usize,
    /// Index of the institution's mention in [`Found::mentions`].
    pub org: usize,
}

/// Everything [`find_entities`] finds in one text.
#[derive(Debug, Default)]
pub struct Found {
    /// The names, in text order.
    pub mentions: Vec<Mention>,
    /// Titles and roles given to person mentions.
    pub titles: Vec<TitleMention>,
    /// Persons tied to institutions.
    pub affiliations: Vec<AffiliationMention>,
    /// Lone words ([`Finder::lone_words`]), in text order: apart from `mentions`, as no
    /// other claim (a count's subject, a goal's scorer, an age's person) reads them.
    pub lone: Vec<Mention>,
}

/// All entity mentions of one text. `text` is the text the tokens index.
pub fn find_entities(tokens: &[Token], text: &str, rules: &Rules) -> Found {
    let headline = headline_tokens(tokens, &rules.text);
    let mut f = Finder {
        tokens,
        text,
        rules,
        taken: headline.clone(),
        headline,
        calendar: calendar_tokens(tokens, &rules.dates),
        found: Found::default(),
        title_alone: Vec::new(),
        places: BTreeSet::new(),
        referred: BTreeSet::new(),
        vocabulary: Vocabulary::new(tokens),
        counts: std::cell::OnceCell::new(),
    };
    f.initials();
    f.referred = f.referred_alone();
    f.institutions();
    f.aliases();
    f.places = f.prefixed_places();
    f.titled_people();
    f.appositions_and_speech();
    f.surnames();
    f.titles_alone();
    f.capitalised_runs(2);
    f.aged_words();
    f.name_words_alone();
    f.headline_slips();
    f.word_slips();
    f.affiliations();
    f.lone_words();
    let Found {
        mentions,
        mut titles,
        mut affiliations,
        lone,
    } = f.found;
    // Text order, with indices remapped.
    let (mut sorted, new_index) = super::reorder(mentions, |m| (m.first, m.last));
    for m in &mut sorted {
        m.link = m.link.map(|l| new_index[l]);
    }
    for t in &mut titles {
        t.person = new_index[t.person];
    }
    titles.sort_by_key(|t| (t.first, t.person));
    for a in &mut affiliations {
        a.person = new_index[a.person];
        a.org = new_index[a.org];
    }
    affiliations.sort_by_key(|a| (a.person, a.org));
    affiliations.dedup_by_key(|a| (a.person, a.org));
    Found {
        mentions: sorted,
        titles,
        affiliations,
        lone,
    }
}

/// Per token: whether it is a word of a month's, a weekday's or a holiday's name
/// (`months`, `weekdays`, `holidays`).
fn calendar_tokens(tokens: &[Token], rules: &DateRules) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    for k in 0..tokens.len() {
        if rules.months.match_at(tokens, k).is_some()
            || rules.weekdays.match_at(tokens, k).is_some()
        {
            out[k] = true;
        }
        if let Some((len, _)) = rules.holidays.match_at(tokens, k) {
            out[k..(k + len).min(tokens.len())].fill(true);
        }
    }
    out
}

/// Tokens on lines where capitals say nothing about names: headlines and headings written
/// in title case ("Menteri LH Nyatakan Tambang PT GAG Tak Berdampak Serius") and lines the
/// rules skip ("Baca Juga: ..."). They are marked taken, so no mention starts there.
fn headline_tokens(tokens: &[Token], rules: &TextRules) -> Vec<bool> {
    let mut out = vec![false; tokens.len()];
    let mut a = 0;
    while a < tokens.len() {
        let mut b = a + 1;
        while b < tokens.len() && !tokens[b].newline {
            b += 1;
        }
        let line = &tokens[a..b];
        // Its words and its capitalised words, counted without a list.
        let (mut words, mut caps) = (0usize, 0usize);
        for t in line.iter().filter(|t| t.kind == TokenKind::Word) {
            words += 1;
            caps += usize::from(t.capital);
        }
        // A headline may ask or exclaim ("..., Berapa Dividen yang Didapat?"); a full stop or
        // a closing quote ends a sentence of the body (a list of names written mostly in
        // capitals).
        let ends_sentence = line.last().is_some_and(|t| t.is_punct(".\"\u{201d}'"));
        let title_case = words >= 3 && caps * 4 >= words * 3 && !ends_sentence;
        if title_case || rules.skip_lines.match_at(tokens, a).is_some() {
            out[a..b].iter_mut().for_each(|x| *x = true);
        }
        a = b;
    }
    out
}

struct Finder<'a> {
    tokens: &'a [Token],
    text: &'a str,
    rules: &'a Rules,
    /// Tokens already part of a mention, or on a headline.
    taken: Vec<bool>,
    /// Tokens on a headline or heading ([`headline_tokens`]).
    headline: Vec<bool>,
    /// Tokens of a month's, a weekday's or a holiday's name ("Juni", "Jumat", "Idul
    /// Adha"): a date's words, no name's ([`calendar_tokens`]).
    calendar: Vec<bool>,
    found: Found,
    /// Titles with no name after them: (first, last, title, qualifier).
    title_alone: Vec<(usize, usize, usize, Option<String>)>,
    /// Names of places the article writes after a place word ("Kabupaten Garut"), by
    /// their normalised words.
    places: BTreeSet<Vec<String>>,
    /// Words the article calls a person by alone, next to a speech verb ("kata Yefri",
    /// "Menurut Fransiskus", "Nanang mengatakan").
    referred: BTreeSet<String>,
    vocabulary: Vocabulary<'a>,
    /// How often the article writes each word, built at the first question
    /// ([`Finder::written`]).
    counts: std::cell::OnceCell<NormMap<'a, usize>>,
}

/// A word of the article: its normalised text with the text's hash (`Token::hash`, the
/// text's `word_hash`), so a set or a map of the article's words hashes no token's text again.
#[derive(Clone, Copy)]
struct Norm<'a> {
    hash: u64,
    text: &'a str,
}

impl<'a> Norm<'a> {
    fn of(t: &'a Token) -> Self {
        Norm {
            hash: t.hash,
            text: t.norm.as_str(),
        }
    }

    fn text(w: &'a str) -> Self {
        Norm {
            hash: word_hash(w),
            text: w,
        }
    }
}

impl PartialEq for Norm<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.hash == other.hash && self.text == other.text
    }
}

impl Eq for Norm<'_> {}

impl std::hash::Hash for Norm<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        h.write_u64(self.hash);
    }
}

/// The hasher of [`Norm`] keys: the hash is the key's own (FxHash, as `FxHashSet<&str>`
/// would compute).
#[derive(Default)]
struct Prehashed(u64);

impl std::hash::Hasher for Prehashed {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(5) ^ u64::from(b);
        }
    }

    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type NormSet<'a> = std::collections::HashSet<Norm<'a>, std::hash::BuildHasherDefault<Prehashed>>;
type NormMap<'a, V> =
    std::collections::HashMap<Norm<'a>, V, std::hash::BuildHasherDefault<Prehashed>>;

/// Words of an article ([`Norm`]s), asked by text or by token.
#[derive(Default)]
struct Words<'a>(NormSet<'a>);

impl<'a> Words<'a> {
    fn contains(&self, w: &str) -> bool {
        self.0.contains(&Norm::text(w))
    }

    fn has(&self, t: &Token) -> bool {
        self.0.contains(&Norm::of(t))
    }
}

/// How the article writes its words: which it writes in lower case somewhere, and which
/// capitalised inside a sentence. A capitalised word that opens a sentence is a name word
/// only if the article writes it so inside a sentence too and never in lower case.
struct Vocabulary<'a> {
    lower: Words<'a>,
    inner_caps: Words<'a>,
}

impl<'a> Vocabulary<'a> {
    fn new(tokens: &'a [Token]) -> Self {
        let mut lower = Words::default();
        let mut inner_caps = Words::default();
        for (i, t) in tokens.iter().enumerate() {
            if t.kind != TokenKind::Word {
                continue;
            }
            if !t.capital {
                lower.0.insert(Norm::of(t));
            } else if !sentence_initial(tokens, i) {
                inner_caps.0.insert(Norm::of(t));
            }
        }
        Vocabulary { lower, inner_caps }
    }

    /// Whether a capitalised word (token `t`) at a sentence's start is a name word.
    fn name_word_at(&self, t: &Token) -> bool {
        self.inner_caps.has(t) && !self.lower.has(t)
    }
}

/// Whether token `i` opens a sentence or a line: after a full stop, question or exclamation
/// mark, a dash after a space ("JAKARTA - Badan ...", "Jakarta -Gempa ..."), a line break or
/// the start, with any opening quotes or brackets between.
pub(crate) fn sentence_initial(tokens: &[Token], i: usize) -> bool {
    let mut k = i;
    loop {
        if k == 0 || tokens[k].newline {
            return true;
        }
        let p = &tokens[k - 1];
        if p.is_punct("\"\u{201c}\u{201d}\u{2018}\u{2019}'([") {
            k -= 1;
            continue;
        }
        // A dash after a space ends a dateline, with or without a space after it
        // ("JAKARTA - Badan ...", "Liputan6.com, Jakarta -Gempa ...").
        return p.is_punct(".!?") || (p.is_punct("-\u{2013}\u{2014}|") && p.gap);
    }
}

/// Whether token `k` is a middle initial: one capital letter, a full stop glued to it, and a
/// capitalised word after a space on the same line ("Linda T. Sanchez", "Robert K. Lawson").
fn is_initial(tokens: &[Token], k: usize) -> bool {
    let (Some(t), Some(dot), Some(next)) = (tokens.get(k), tokens.get(k + 1), tokens.get(k + 2))
    else {
        return false;
    };
    t.kind == TokenKind::Word
        && t.capital
        && t.norm.chars().count() == 1
        && dot.is_punct(".")
        && !dot.gap
        && next.gap
        && !next.newline
        && next.kind == TokenKind::Word
        && next.capital
}

impl<'a> Finder<'a> {
    fn raw(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// A middle initial at `k` inside a person's name ([`is_initial`]): after a capitalised
    /// word that is no head word, and before a word the article never writes in lower case
    /// ("Linda T. Sanchez"; not "Grup C. Pasukan Hajime ...", where a sentence ends), or
    /// after another middle initial ("George H. W. Bush").
    fn initial_at(&self, k: usize) -> bool {
        let after_word = |k: usize| {
            self.is_cap(k - 1)
                && self
                    .rules
                    .entities
                    .name_heads
                    .match_at(self.tokens, k - 1)
                    .is_none()
        };
        let after_initial =
            |k: usize| k >= 3 && self.tokens[k - 1].is_punct(".") && self.initial_at(k - 2);
        k > 0
            && is_initial(self.tokens, k)
            && (after_word(k) || after_initial(k))
            && !self.vocabulary.lower.has(&self.tokens[k + 2])
    }

    /// A word of two or more letters written in capitals ("BPBD", "KMP").
    fn in_capitals(&self, k: usize) -> bool {
        let raw = self.raw(k);
        self.tokens[k].kind == TokenKind::Word
            && raw.chars().count() >= 2
            && !raw.chars().any(char::is_lowercase)
    }

    /// A capitalised word that may be part of a name.
    fn is_cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && t.capital)
    }

    /// A title starts at token `k` ("Menteri", "AKBP", "Kepala Dinas").
    fn title_at(&self, k: usize) -> bool {
        self.rules
            .entities
            .titles
            .match_at(self.tokens, k)
            .is_some()
    }

    /// A word that says what kind of name follows starts at token `k`: a head word
    /// (`name_heads`: "Bandara", "Yayasan") or a place prefix ("Kecamatan").
    fn kind_word_at(&self, k: usize) -> bool {
        let e = &self.rules.entities;
        e.name_heads.match_at(self.tokens, k).is_some()
            || e.place_prefixes.match_at(self.tokens, k).is_some()
    }

    /// [`Finder::kind_word_at`], or an institution word ("Universitas", "Kementerian"):
    /// a word of a kind of thing, which alone names no one.
    fn generic_word_at(&self, k: usize) -> bool {
        self.kind_word_at(k)
            || self
                .rules
                .entities
                .institutions
                .match_at(self.tokens, k)
                .is_some()
    }

    /// Token `i` continues the name that ends at `i - 1` on the same line.
    fn continues(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| !t.newline)
    }

    /// A hyphen joining two words without spaces ("Hinata-Yamaguchi").
    fn hyphen_join(&self, i: usize) -> bool {
        let t = &self.tokens;
        i + 1 < t.len()
            && t[i].is_punct("-")
            && !t[i].gap
            && !t[i + 1].gap
            && t[i + 1].kind == TokenKind::Word
    }

    /// The end of a run of name words from `i`: capitalised words, hyphen-joined parts and
    /// name connectors between capitalised words. Stops at a title and at a line break.
    fn name_run(&self, i: usize) -> usize {
        let mut j = i;
        while j < self.tokens.len() {
            if j > i && !self.continues(j) {
                break;
            }
            if self.is_cap(j) && (j == i || !self.title_at(j)) {
                j += 1;
            } else if j > i && self.hyphen_join(j) {
                j += 2;
            } else if j > i && self.initial_at(j - 1) {
                // The full stop of a middle initial: "Linda T. Sanchez".
                j += 1;
            } else if let Some((n, _)) = self.rules.entities.connectors.match_at(self.tokens, j) {
                if j > i && self.is_cap(j + n) && !self.tokens[j].capital {
                    j += n;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        j
    }

    /// A form of a known name at `i`: (tokens, alias index). Forms in capitals match only
    /// text in capitals; other forms need a capital first letter.
    fn alias_at(&self, i: usize) -> Option<(usize, usize)> {
        if !self.is_cap(i) {
            return None;
        }
        let (n, form) = self.rules.entities.aliases.match_at(self.tokens, i)?;
        if form.caps {
            let all_caps = (i..i + n)
                .filter(|&k| self.tokens[k].kind == TokenKind::Word)
                .all(|k| !self.raw(k).chars().any(char::is_lowercase));
            if !all_caps {
                return None;
            }
        }
        // A form must not stop inside a hyphenated word ("Asia" in "Asia-Pasifik").
        if self.hyphen_join(i + n) {
            return None;
        }
        // Nor be the rest of a name a head word opens ("Selat Bali" is a strait, not Bali;
        // "Bandara Jakarta" an airport).
        if self.headed(i, false) {
            return None;
        }
        Some((n, form.alias))
    }

    /// Whether a capitalised head word of names ends right before token `i`, on its line:
    /// what follows is the rest of that name ("Selat Bali", "Direktorat Jenderal Pajak",
    /// "Jalan Jenderal Sudirman"). With `opening`, only a head word that opens its run of
    /// capitalised words: in "Polres Metro Jakarta Pusat AKBP Roby" the head word "Pusat"
    /// ends a place's name.
    fn headed(&self, i: usize, opening: bool) -> bool {
        self.continues(i)
            && (i.saturating_sub(3)..i).any(|k| {
                self.is_cap(k)
                    && (!opening || k == 0 || !self.is_cap(k - 1) || !self.continues(k))
                    && self
                        .rules
                        .entities
                        .name_heads
                        .match_at(self.tokens, k)
                        .is_some_and(|(len, _)| k + len == i)
            })
    }

    /// Whether the capitalised words at `j` after a title are one head word of names and
    /// nothing more ("Premier League", "President Cup"): a name of its own, no title before
    /// its holder. A holder's name is never a head word alone; one with more words may be a
    /// body the title is of ("Direktur Bank Mandiri Darmawan Junaidi").
    fn heads_alone_after(&self, j: usize) -> bool {
        self.head_word_at(j)
            .is_some_and(|end| !(self.is_cap(end) && self.continues(end)))
    }

    /// A capitalised head word of names at `j` going on from the word before it on its line
    /// ("League" of "Premier League"): where it ends.
    fn head_word_at(&self, j: usize) -> Option<usize> {
        if !self.is_cap(j) || !self.continues(j) {
            return None;
        }
        let (len, _) = self.rules.entities.name_heads.match_at(self.tokens, j)?;
        Some(j + len)
    }

    fn push(&mut self, m: Mention) -> usize {
        for k in m.first..m.last {
            self.taken[k] = true;
        }
        self.found.mentions.push(m);
        self.found.mentions.len() - 1
    }

    /// Pushes the one-word mention of token `k`, of no known name and linked to none.
    fn push_word(&mut self, k: usize, kind: EntityKind, cue: Cue) -> usize {
        self.push(Mention {
            kind,
            first: k,
            last: k + 1,
            key: vec![self.tokens[k].norm.to_string()],
            known: None,
            cue,
            link: None,
            head: None,
        })
    }

    fn free(&self, a: usize, b: usize) -> bool {
        (a..b).all(|k| !self.taken[k])
    }

    /// People named by their initials, as police reports name suspects and victims: a word
    /// of up to five capitals right before an age in brackets ("menangkap SAR (25) dan DUL
    /// (30)", "seorang nenek berinisial MR (82)"). Not after a capitalised word (a name's
    /// last word: "Grup A (12)"), nor one letter alone, nor a word the article writes in
    /// brackets after a long form (an acronym: "PKB (68)" after "Partai Kebangkitan
    /// Bangsa (PKB)"), a known name, a title or an institution's word (a seat count after
    /// a party) unless an `initials_before` word comes first ("berinisial RI (31)").
    fn initials(&mut self) {
        let t = self.tokens;
        let candidates: Vec<usize> = (0..t.len())
            .filter(|&k| {
                t[k].kind == TokenKind::Word
                    && t[k].capital
                    && !self.taken[k]
                    && self.raw(k).chars().count() <= 5
                    && self.raw(k).chars().all(char::is_uppercase)
                    && super::ages::bracketed(t, k + 1, &self.rules.entities).is_some()
            })
            .collect();
        if candidates.is_empty() {
            return;
        }
        let bracketed: BTreeSet<&str> = (1..t.len().saturating_sub(1))
            .filter(|&k| t[k - 1].is_punct("(") && t[k + 1].is_punct(")") && self.in_capitals(k))
            .map(|k| t[k].norm.as_str())
            .collect();
        for k in candidates {
            let n = self.raw(k).chars().count();
            let cued = self
                .rules
                .entities
                .initials_before
                .match_before(t, k)
                .is_some();
            let named = bracketed.contains(t[k].norm.as_str())
                || self.rules.entities.aliases.match_at(t, k).is_some()
                || self.rules.entities.titles.match_at(t, k).is_some()
                || self.rules.entities.institutions.match_at(t, k).is_some();
            let after_name = k > 0 && self.is_cap(k - 1) && !t[k].newline;
            if !cued && (n < 2 || named || after_name) {
                continue;
            }
            self.push_word(k, EntityKind::Person, Cue::Initials);
        }
    }

    /// People named by one word with their age in brackets after it, as reports name
    /// victims, suspects and witnesses ("korban bernama Qzani (29) dan Zorian (23)",
    /// "Salah satunya Qzarina (17)"): a capitalised word after a lower-case word or a comma
    /// on its line (after a capitalised word it is a longer name's last word), before an age
    /// in brackets (two digits, or a number with its unit), with a lower-case letter (initials
    /// are [`Self::initials`]). Not a known name ("tertinggal
    /// dari Qzarland (43)" when the aliases know the country: a ranking's points), a title,
    /// an institution's, head or place word, a month or a day, nor a word the article
    /// writes in lower case or with an ending the rules strip from content words.
    fn aged_words(&mut self) {
        let t = self.tokens;
        for k in 1..t.len() {
            let before = &t[k - 1];
            let opens = (before.kind == TokenKind::Word && !before.capital) || before.is_punct(",");
            if !self.is_cap(k)
                || self.taken[k]
                || t[k].newline
                || !opens
                || !self.raw(k).chars().any(char::is_lowercase)
                || self.hyphen_join(k + 1)
                || super::ages::bracketed(t, k + 1, &self.rules.entities).is_none()
            {
                continue;
            }
            let named = self.rules.entities.aliases.match_at(t, k).is_some()
                || self.rules.entities.titles.match_at(t, k).is_some()
                || self.generic_word_at(k)
                || self.date_word(k);
            let word = self.vocabulary.lower.has(&t[k])
                || self.rules.stem(&t[k].norm) != t[k].norm.as_str();
            if !named && !word {
                self.push_word(k, EntityKind::Person, Cue::Age);
            }
        }
    }

    /// Runs of capitalised words with an institution word: "Universitas Keio",
    /// "Tokyo International University", "Kementerian Energi dan Sumber Daya Mineral".
    fn institutions(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            if !self.is_cap(i) || (i > 0 && self.is_cap(i - 1) && self.continues(i)) {
                i += 1;
                continue;
            }
            // The run, with institution connectors between capitalised words.
            let mut j = i;
            let mut heads = Vec::new();
            while j < n && (j == i || self.continues(j)) {
                if self.tokens[j].capital {
                    if let Some((k, &(h, order))) =
                        self.rules.entities.institutions.match_at(self.tokens, j)
                    {
                        heads.push((j, j + k, h, order));
                        j += k;
                        continue;
                    }
                }
                if self.is_cap(j) {
                    j += 1;
                } else if self.hyphen_join(j) && j > i {
                    j += 2;
                } else if let Some(k) = self.connector_len(j) {
                    if j > i && self.is_cap(j + k) && !self.tokens[j].capital {
                        j += k;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let run_end = j;
            // One institution per institution word. Where the name stands is rule data:
            // before the word ("Temple University") or after it ("Universitas Keio",
            // "University of Tokyo").
            let mut start = i;
            for (x, &(ha, hb, h, order)) in heads.iter().enumerate() {
                let next_head = heads.get(x + 1).map_or(run_end, |&(a, ..)| a);
                let of = self
                    .rules
                    .entities
                    .institution_of
                    .contains_at(self.tokens, hb);
                let name_after = hb < run_end && (order == Order::Before || of);
                // Capitalised words right before the head: "Merapi Utama University",
                // not "Professor Irene Sasongko of Merapi Utama University".
                let mut before = ha;
                while before > start
                    && (self.is_cap(before - 1)
                        || before >= 2 && self.hyphen_join(before - 2) && self.is_cap(before - 2))
                {
                    before -= if self.is_cap(before - 1) { 1 } else { 2 };
                }
                let (a, b) = if name_after {
                    let mut b = if heads.get(x + 1).is_some_and(|&(.., o)| o == Order::After) {
                        // "Universitas X dan Y University": stop at the connector.
                        let mut b = hb;
                        while b < next_head && self.tokens[b].capital || b == hb {
                            b += 1;
                        }
                        b
                    } else {
                        next_head
                    };
                    while b > hb && !self.tokens[b - 1].capital {
                        b -= 1;
                    }
                    // "Tegalwangi Institute of Technology": words before an English head
                    // belong to the name too.
                    (if order == Order::After { before } else { ha }, b)
                } else {
                    (before, hb)
                };
                // "Rektor Universitas Andalas Efa Yonnedi": after a title, the holder's
                // name may follow the institution's in one run.
                let b = if name_after && self.title_ends_at(start, ha) {
                    self.holder_after(ha, hb, b).unwrap_or(b)
                } else {
                    b
                };
                let mut a = self.skip_leading_connectors(a, ha);
                // "The Tegalwangi Institute": a determiner is no part of the name.
                while a < ha && self.rules.entities.determiners.contains_at(self.tokens, a) {
                    a += 1;
                }
                if b > a && (b - a) > (hb - ha) && self.free(a, b) {
                    let key = self.institution_key(a, b);
                    self.push(Mention {
                        kind: EntityKind::Organisation,
                        first: a,
                        last: b,
                        key,
                        known: None,
                        cue: Cue::Institution,
                        link: None,
                        head: Some(h),
                    });
                }
                start = b;
                while start < run_end && !self.tokens[start].capital {
                    start += 1;
                }
            }
            i = run_end.max(i + 1);
        }
        self.acronyms();
    }

    /// Whether a title of the rules ends right before `head`, starting at or after `from`
    /// on the same line.
    fn title_ends_at(&self, from: usize, head: usize) -> bool {
        (from..head).any(|k| {
            self.rules
                .entities
                .titles
                .match_at(self.tokens, k)
                .is_some_and(|(n, _)| k + n == head)
        })
    }

    /// Where the holder's name starts in the run `head..end` of an institution named after
    /// a title, when the article says so: a word of the rest is a word it calls a person by
    /// alone ("kata Efa"), the rest is written elsewhere with no capitalised word before
    /// it, or the institution elsewhere without the rest after it (one word only on the
    /// first ground). At least one word of
    /// the institution's name stays after the head word, and the rest is a name of at
    /// most `max_name_words` words with no word in capitals.
    fn holder_after(&self, head: usize, name: usize, end: usize) -> Option<usize> {
        let t = self.tokens;
        let norms =
            |a: usize, b: usize| t[a..b].iter().map(|x| x.norm.as_str()).collect::<Vec<_>>();
        let occurs = |words: &[&str], skip: usize| -> Vec<usize> {
            (0..t.len().saturating_sub(words.len() - 1))
                .filter(|&p| p != skip)
                .filter(|&p| {
                    (0..words.len()).all(|k| {
                        // Equal hashes first: most tokens differ, and a hash says so sooner.
                        t[p + k].hash == t[skip + k].hash
                            && t[p + k].norm == words[k]
                            && t[p + k].capital == t[skip + k].capital
                    })
                })
                .collect()
        };
        // Two-word names first, the commonest; then three, then one.
        let mut starts: Vec<usize> = (name + 1..end).collect();
        starts.sort_by_key(|&s| match self.word_count(s, end) {
            2 => 0,
            3 => 1,
            _ => 2,
        });
        starts.into_iter().find(|&s| {
            let rest = self.word_count(s, end);
            if !self.is_cap(s)
                || !(1..=self.rules.settings.max_name_words).contains(&rest)
                || (s..end).any(|k| {
                    self.in_capitals(k) || self.rules.entities.name_words.contains_at(t, k)
                })
            {
                return false;
            }
            let alone = (s..end).any(|k| self.referred.contains(t[k].norm.as_str()));
            // One word is a name only when the article calls someone by it alone.
            if rest == 1 {
                return alone;
            }
            let holder = norms(s, end);
            let holder_elsewhere = occurs(&holder, s)
                .iter()
                .any(|&p| p == 0 || !self.is_cap(p - 1) || !self.continues(p));
            let org = norms(head, s);
            let org_elsewhere = occurs(&org, head)
                .iter()
                .any(|&p| t.get(p + org.len()).is_none_or(|x| x.norm != t[s].norm));
            alone || holder_elsewhere || org_elsewhere
        })
    }

    fn connector_len(&self, j: usize) -> Option<usize> {
        self.rules
            .entities
            .institution_connectors
            .match_at(self.tokens, j)
            .or_else(|| self.rules.entities.connectors.match_at(self.tokens, j))
            .map(|(k, _)| k)
    }

    fn skip_leading_connectors(&self, mut a: usize, head: usize) -> usize {
        while a < head && !self.tokens[a].capital {
            a += 1;
        }
        a
    }

    /// Words of an institution's name, language-neutral: the head's canonical word first,
    /// then the name words (`name_words` in the rules, made canonical and sorted), then the
    /// other words in text order (connectors dropped). Languages put the name words on
    /// either side of the proper name ("Institut Teknologi Bandung", "Bandung Institute of
    /// Technology"; "Universitas Negeri Jakarta", "Jakarta State University"), so their
    /// place in the key does not depend on the text's word order.
    fn institution_key(&self, a: usize, b: usize) -> Vec<String> {
        let mut head = None;
        let mut kinds: Vec<&str> = Vec::new();
        let mut words = Vec::new();
        let mut j = a;
        while j < b {
            if head.is_none() {
                if let Some((k, &(h, _))) =
                    self.rules.entities.institutions.match_at(self.tokens, j)
                {
                    head = Some(h);
                    j += k;
                    continue;
                }
            }
            if let Some((k, w)) = self.rules.entities.name_words.match_at(self.tokens, j) {
                if j + k <= b {
                    kinds.push(w);
                    j += k;
                    continue;
                }
            }
            let t = &self.tokens[j];
            let connector = self
                .rules
                .entities
                .institution_connectors
                .contains_at(self.tokens, j)
                || self.rules.entities.connectors.contains_at(self.tokens, j);
            if t.kind == TokenKind::Word && (t.capital || !connector) {
                words.push(t.norm.to_string());
            }
            j += 1;
        }
        let mut key = Vec::new();
        if let Some(h) = head {
            key.push(self.rules.entities.institution_list[h].head.clone());
        }
        kinds.sort_unstable();
        key.extend(kinds.iter().flat_map(|w| w.split(' ')).map(str::to_string));
        key.extend(words);
        key
    }

    /// A long form followed by its acronym in brackets: "... Training for Ukraine (NSATU)".
    fn acronyms(&mut self) {
        let n = self.tokens.len();
        for j in 1..n.saturating_sub(2) {
            let t = &self.tokens;
            let is_acronym = t[j].is_punct("(")
                && t[j + 1].kind == TokenKind::Word
                && t[j + 2].is_punct(")")
                && self.raw(j + 1).chars().count() >= 2
                && self.raw(j + 1).chars().all(|c| c.is_uppercase());
            if !is_acronym || !self.is_cap(j - 1) || self.taken[j - 1] {
                continue;
            }
            // Walk back over the long form.
            let mut a = j - 1;
            while a > 0 && self.continues(a) {
                if self.is_cap(a - 1) {
                    a -= 1;
                } else if a >= 2
                    && self
                        .rules
                        .entities
                        .institution_connectors
                        .contains_at(self.tokens, a - 1)
                    && self.is_cap(a - 2)
                {
                    a -= 2;
                } else {
                    break;
                }
            }
            // Only a long form with as many capitalised words as the acronym has letters
            // or more: "Perdana Menteri (PM)" is a title, not an organisation.
            let caps = (a..j).filter(|&k| self.is_cap(k)).count();
            let letters = self.raw(j + 1).chars().count();
            if caps < letters.min(3) || self.title_at(a) {
                continue;
            }
            // A known name's form with its acronym ("Amerika Serikat (AS)") is that name.
            if !self.free(a, j) || self.alias_at(a).is_some_and(|(n, _)| a + n == j) {
                continue;
            }
            let key = (a..j)
                .filter(|&k| self.tokens[k].kind == TokenKind::Word)
                .map(|k| self.tokens[k].norm.to_string())
                .collect();
            self.push(Mention {
                kind: EntityKind::Organisation,
                first: a,
                last: j,
                key,
                known: None,
                cue: Cue::Acronym,
                link: None,
                head: None,
            });
        }
    }

    /// Forms of known places and organisations.
    fn aliases(&mut self) {
        // A known form on the article's own headline is that name too ("Wisatawan Tiongkok
        // Tewas" above a body that misspells it): the headline's lines before the lead that
        // the rules do not skip.
        let own = self.own_headline();
        let free = |f: &Self, a: usize, b: usize| (a..b).all(|k| !f.taken[k] || own[k]);
        let mut i = 0;
        while i < self.tokens.len() {
            match self.alias_at(i) {
                Some((n, alias)) if free(self, i, i + n) => {
                    let a = &self.rules.entities.alias_list[alias];
                    self.push(Mention {
                        kind: a.kind,
                        first: i,
                        last: i + n,
                        key: a
                            .name
                            .to_lowercase()
                            .split(' ')
                            .map(str::to_string)
                            .collect(),
                        known: Some(alias),
                        cue: Cue::Alias,
                        link: None,
                        head: None,
                    });
                    i += n;
                }
                _ => i += 1,
            }
        }
    }

    /// A qualifier of a title at `j`: a known place or organisation, an acronym, or
    /// capitalised words ending in a place suffix ("Jawa Barat"). Returns its end.
    fn qualifier_at(&self, j: usize) -> Option<usize> {
        if let Some((n, _)) = self.alias_at(j) {
            // "Korea" + "Utara" may be longer than a known form.
            return Some(self.place_suffix_end(j + n));
        }
        if self.is_cap(j) {
            let raw = self.raw(j);
            if raw.chars().count() >= 2 && raw.chars().all(|c| c.is_uppercase()) {
                return Some(j + 1);
            }
            // "Jawa Barat", "Papua Barat Daya".
            let mut k = j + 1;
            while k < self.tokens.len() && self.is_cap(k) && self.continues(k) {
                if self
                    .rules
                    .entities
                    .place_suffixes
                    .contains_at(self.tokens, k)
                {
                    return Some(self.place_suffix_end(k));
                }
                k += 1;
                if k > j + 2 {
                    break;
                }
            }
        }
        None
    }

    /// Places named after a place word ("melanda Kabupaten Garut, Jawa Barat", "di kota
    /// Bandung"), at most `max_name_words` words. Not after a capitalised word, where the
    /// place word may open an office's name and a person's name run on after the place
    /// ("Pemerintah Kabupaten Garut", "Kepala BPBD Kabupaten Garut Asep Surya"), and not
    /// inside a title ("Wali Kota Bandung").
    fn prefixed_places(&self) -> BTreeSet<Vec<String>> {
        let mut out = BTreeSet::new();
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            let Some((k, _)) = self.rules.entities.place_prefixes.match_at(self.tokens, i) else {
                i += 1;
                continue;
            };
            let p = i + k;
            let after_cap = i > 0 && self.is_cap(i - 1) && self.continues(i);
            let in_title = (i.saturating_sub(3)..i).any(|s| {
                self.rules
                    .entities
                    .titles
                    .match_at(self.tokens, s)
                    .is_some_and(|(m, _)| s + m > i)
            });
            if !after_cap && !in_title && self.is_cap(p) && self.continues(p) && !self.taken[p] {
                let end = self.name_run(p);
                let words = self.word_count(p, end);
                if (1..=self.rules.settings.max_name_words).contains(&words) && self.free(p, end) {
                    out.insert(self.person_key(p, end));
                }
            }
            i = p;
        }
        // One capitalised word after a preposition of place ("di Surabaya", "ke
        // Jayapura"), and a dateline's city ("SURABAYA, KOMPAS.com - ..."): the place a
        // title after it is held for ("Wali Kota Surabaya Eri Cahyadi", "Kepala Kantor SAR
        // Jayapura Yefri Sabaruddin").
        for i in 0..n {
            let t = &self.tokens[i];
            let dateline = (i == 0 || t.newline)
                && self.in_capitals(i)
                && self.tokens.get(i + 1).is_some_and(|x| x.is_punct(","));
            if dateline {
                out.insert(vec![t.norm.to_string()]);
                continue;
            }
            // A dateline's city of several words in capitals, before the dash that opens the
            // lead, at the line's start or after the outlet's comma ("QZAR-DORVALE.COM, BIAK
            // NUMFOR – ..."): "Bupati Biak Numfor, Markus ..." holds the office for it.
            if let Some(end) = self.dateline_city(i) {
                out.insert(self.person_key(i, end));
            }
            let Some((k, _)) = self.rules.entities.place_before.match_at(self.tokens, i) else {
                continue;
            };
            let p = i + k;
            if t.capital
                || !self.is_cap(p)
                || !self.continues(p)
                || self.taken[p]
                || self.title_at(p)
                || self.in_capitals(p)
            {
                continue;
            }
            if self.name_run(p) == p + 1 {
                out.insert(vec![self.tokens[p].norm.to_string()]);
            }
        }
        out
    }

    /// The end of a dateline's city at `i`: one to `max_name_words` words in capitals, at
    /// the start of a line or after a comma in its first tokens (after the outlet's name),
    /// before a dash.
    fn dateline_city(&self, i: usize) -> Option<usize> {
        let t = self.tokens;
        let opens = i == 0
            || t[i].newline
            || (t[i - 1].is_punct(",") && (i.saturating_sub(6)..i).any(|k| k == 0 || t[k].newline));
        if !opens || !self.in_capitals(i) {
            return None;
        }
        let mut end = i;
        while end < t.len() && self.in_capitals(end) && (end == i || self.continues(end)) {
            end += 1;
        }
        let dash = t
            .get(end)
            .is_some_and(|x| x.is_punct("-") || x.is_punct("\u{2013}") || x.is_punct("\u{2014}"));
        (dash && (1..=self.rules.settings.max_name_words).contains(&(end - i))).then_some(end)
    }

    /// Words the article calls a person by alone: one capitalised word after a speech word
    /// ("kata Yefri", "Menurut Fransiskus") or before one ("Nanang mengatakan"), with no
    /// other capitalised word beside it.
    fn referred_alone(&self) -> BTreeSet<String> {
        let t = self.tokens;
        // `after`: a speech word before it, which may be capitalised ("Menurut").
        let alone = |k: usize, after: bool| {
            t[k].kind == TokenKind::Word
                && self.is_cap(k)
                && !self.in_capitals(k)
                && (after || !(k > 0 && self.is_cap(k - 1) && self.continues(k)))
                && !(k + 1 < t.len() && self.is_cap(k + 1) && self.continues(k + 1))
                && self.rules.entities.titles.match_at(t, k).is_none()
        };
        let mut out = BTreeSet::new();
        for k in 0..t.len() {
            // `alone`'s first tests, before the speech words are looked up.
            if !self.is_cap(k) {
                continue;
            }
            let after = self
                .rules
                .entities
                .speech_before
                .match_before(t, k)
                .is_some_and(|_| !t[k - 1].capital || sentence_initial(t, k - 1));
            let before = self.rules.entities.speech_after.contains_at(t, k + 1);
            if (after || before) && alone(k, after) {
                out.insert(t[k].norm.to_string());
            }
        }
        out
    }

    /// A place of [`Self::prefixed_places`] at `j`, the longest: its end.
    fn known_place_at(&self, j: usize) -> Option<usize> {
        if self.places.is_empty()
            || !self.is_cap(j)
            || !self
                .places
                .iter()
                .any(|p| p.first().map(String::as_str) == Some(self.tokens[j].norm.as_str()))
        {
            return None;
        }
        let run = self.name_run(j);
        (j + 1..=run)
            .rev()
            .find(|&e| self.places.contains(&self.person_key(j, e)))
    }

    /// The end of the corps and service tags at `j` after a rank (`rank_tags`): "Inf",
    /// "Inf.", "Laut (P)", "Pnb". A tag of one letter counts only in brackets ("(P)"): alone
    /// it is the holder's initial.
    fn past_rank_tags(&self, mut j: usize) -> usize {
        let t = self.tokens;
        loop {
            let bracketed = t.get(j).is_some_and(|x| x.is_punct("(") && !x.newline)
                && t.get(j + 2).is_some_and(|x| x.is_punct(")"))
                && self.rules.entities.rank_tags.match_at(t, j + 1) == Some((1, &()));
            if bracketed {
                j += 3;
                continue;
            }
            match self.rules.entities.rank_tags.match_at(t, j) {
                Some((n, _))
                    if self.continues(j) && t[j].capital && t[j].norm.chars().count() > 1 =>
                {
                    j += n;
                    if t.get(j).is_some_and(|x| x.is_punct(".") && !x.gap) {
                        j += 1;
                    }
                }
                _ => return j,
            }
        }
    }

    /// The place an office is held for, written after its title at `j` (after the title's
    /// organisation, if any): a known place, with its place word or without it ("Bupati
    /// Garut Rudy Gunawan", "Kepala BPBD Kabupaten Garut Asep Surya"); capitalised words
    /// followed by a comma and the holder's full name ("Kepala BPBD Lembah Marowa,
    /// Fransiska Mangela, mengatakan"); or capitalised words followed by a further title
    /// ("Kapolres Sleman AKBP Yuswanto"), also after a comma if it is a rank. Returns the
    /// place's end.
    fn jurisdiction_at(&self, j: usize) -> Option<usize> {
        if !self.is_cap(j) || self.title_at(j) {
            return None;
        }
        let mut p = j;
        if let Some((k, _)) = self.rules.entities.place_prefixes.match_at(self.tokens, j) {
            if self.is_cap(j + k) && self.continues(j + k) {
                p = j + k;
            }
        }
        if let Some(e) = self.known_place_at(p) {
            let e = self.place_suffix_end(e);
            // "Kapolres Cirebon Kota, AKBP Eko Iskandar": the city's police district.
            return Some(
                match self
                    .rules
                    .entities
                    .jurisdiction_suffixes
                    .match_at(self.tokens, e)
                {
                    Some((n, _)) if self.is_cap(e) && self.continues(e) => e + n,
                    _ => e,
                },
            );
        }
        if p > j {
            if let Some(e) = self.qualifier_at(p) {
                return Some(e);
            }
        }
        let run = self.name_run(p);
        if run == p {
            return None;
        }
        let t = self.tokens;
        // "Kepala Dinas Kesehatan Kabupaten Garut, Satria Budi,": an office and its place
        // too long for one name, closed by a comma and a full name, is the title's field.
        let named_after = || t.get(run).is_some_and(|x| x.is_punct(",")) && self.holder_at(run + 1);
        if self.word_count(p, run) > self.rules.settings.max_name_words {
            return named_after().then_some(run);
        }
        // "Kepala BPBD Kabupaten Cianjur mengatakan": one word after a place word.
        if p > j && self.word_count(p, run) == 1 {
            return Some(run);
        }
        // "Kapolresta Banyuwangi, Kombes Pol Rama Samtama Putra,": a rank may open the
        // holder's name after the comma.
        let rank_after = || {
            self.rules
                .entities
                .titles
                .match_at(t, run + 1)
                .is_some_and(|(_, &x)| {
                    self.rules
                        .entities
                        .rank_classes
                        .contains(&self.rules.entities.title_list[x].class)
                })
        };
        if t.get(run).is_some_and(|x| x.is_punct(",")) && (self.holder_at(run + 1) || rank_after())
        {
            return Some(run);
        }
        if self.continues(run) && self.rules.entities.titles.match_at(t, run).is_some() {
            return Some(run);
        }
        None
    }

    /// A full name after the comma that closes a place: two or more capitalised words, no
    /// place, no title, closed by a comma or a speech verb ("..., Fransiska Mangela,
    /// mengatakan"), not a list of places ("Bupati Garut, Tasikmalaya Selatan, ...").
    fn holder_at(&self, s: usize) -> bool {
        if !self.is_cap(s)
            || !self.continues(s)
            || self.title_at(s)
            || self.qualifier_at(s).is_some()
            || self.known_place_at(s).is_some()
        {
            return false;
        }
        let end = self.name_run(s);
        let words = self.word_count(s, end);
        let closed = self.tokens.get(end).is_some_and(|x| x.is_punct(","))
            || self
                .rules
                .entities
                .speech_after
                .contains_at(self.tokens, end);
        (2..=self.rules.settings.max_name_words).contains(&words)
            && closed
            && self.free(s, end)
            && self.person_like(s, end)
    }

    /// Words of `a..b`, middle initials aside ("George H. W. Bush" is two words long).
    fn word_count(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&x| self.tokens[x].kind == TokenKind::Word && !is_initial(self.tokens, x))
            .count()
    }

    fn place_suffix_end(&self, mut j: usize) -> usize {
        while let Some((n, _)) = self.rules.entities.place_suffixes.match_at(self.tokens, j) {
            if !self.is_cap(j) || !self.continues(j) {
                break;
            }
            j += n;
        }
        j
    }

    /// People named after a chain of titles: "Menteri Pertahanan Jepang Jenderal Nakatani",
    /// "Perdana Menteri (PM) Jepang Fumio Kishida", "Sekretaris Jenderal NATO, Mark Rutte".
    fn titled_people(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        // Where the last title held by someone served ended: "Staf Khusus Gubernur dan
        // Wakil Gubernur Jakarta" serves both.
        let mut served_end = None;
        while i < n {
            let Some((k, _)) = self.rules.entities.titles.match_at(self.tokens, i) else {
                i += 1;
                continue;
            };
            // A title word inside a name a head word opens names no holder: "Direktorat
            // Jenderal Administrasi Hukum Umum" is an office, "Jalan Jenderal Sudirman" a
            // street.
            if self.taken[i] || self.headed(i, true) || self.heads_alone_after(i + k) {
                i += k;
                continue;
            }
            let former = self
                .rules
                .entities
                .former
                .match_before(self.tokens, i)
                .is_some();
            let mut chain = Vec::new();
            let mut j = i;
            let mut qualifier = None;
            // The first title of the chain held by someone the person serves ("Staf Khusus
            // Gubernur", "Juru Bicara Presiden"), and whether the name follows a comma.
            let mut served = None;
            let mut apposition = false;
            while let Some((k, &t)) = self.rules.entities.titles.match_at(self.tokens, j) {
                if j > i && !self.continues(j) {
                    break;
                }
                let joined = j == i
                    && served_end.is_some_and(|e| {
                        self.rules
                            .events
                            .conjunctions
                            .match_at(self.tokens, e)
                            .is_some_and(|(c, _)| e + c == i)
                    });
                if served.is_none()
                    && (joined
                        || self
                            .rules
                            .entities
                            .serving
                            .match_before(self.tokens, j)
                            .is_some())
                {
                    served = Some(chain.len());
                }
                if served.is_some() {
                    served_end = Some(j + k);
                }
                chain.push((j, j + k, t));
                j += k;
                // "(PM)", "(Sekjen)": the title's abbreviation.
                if self.tokens.get(j).is_some_and(|t| t.is_punct("("))
                    && self.tokens.get(j + 2).is_some_and(|t| t.is_punct(")"))
                {
                    j += 3;
                }
                if self
                    .rules
                    .entities
                    .rank_classes
                    .contains(&self.rules.entities.title_list[t].class)
                {
                    j = self.past_rank_tags(j);
                }
                // "pengamat politik Ujang Komarudin": a field in lower case.
                let mut f = j;
                while let Some((k, _)) = self.rules.entities.title_fields.match_at(self.tokens, f) {
                    if self.tokens[f].capital || !self.continues(f) {
                        break;
                    }
                    f += k;
                }
                if f > j && self.is_cap(f) && self.continues(f) {
                    j = f;
                }
                let q0 = j;
                if let Some(q) = self.qualifier_at(j) {
                    j = q;
                }
                // "Bupati Garut Rudy Gunawan", "Kepala BPBD Garut, Asep Surya,".
                if self.rules.entities.title_list[t].jurisdiction {
                    if let Some(q) = self.jurisdiction_at(j) {
                        // Known from here on: "Bupati Cianjur Herman Suherman" later.
                        let mut p = j;
                        if let Some((k, _)) =
                            self.rules.entities.place_prefixes.match_at(self.tokens, j)
                        {
                            p = (j + k).min(q);
                        }
                        if p < q && !self.title_at(p) {
                            self.places.insert(self.person_key(p, q));
                        }
                        j = q;
                    }
                }
                if j > q0 {
                    qualifier = Some(self.words(q0, j));
                }
                // "Kapolres Cirebon Kota, AKBP Eko Iskandar": a rank after the comma opens
                // the holder's name, and the chain goes on with it.
                let rank_after = self.tokens.get(j).is_some_and(|t| t.is_punct(","))
                    && self
                        .rules
                        .entities
                        .titles
                        .match_at(self.tokens, j + 1)
                        .is_some_and(|(_, &x)| {
                            self.rules
                                .entities
                                .rank_classes
                                .contains(&self.rules.entities.title_list[x].class)
                        });
                if rank_after && !apposition {
                    apposition = true;
                    j += 1;
                } else if self.tokens.get(j).is_some_and(|t| t.is_punct(","))
                    && self.is_cap(j + 1)
                    && !self.title_at(j + 1)
                {
                    // After a comma only a full name: "Kantor Perdana Menteri Jepang, Para
                    // pemimpin ..." names no one. A title after the comma starts the next
                    // item of a list of offices ("Menteri Dalam Negeri, Menteri Luar
                    // Negeri, ..."): no one holds them all.
                    let run = self.name_run(j + 1);
                    let words = (j + 1..run)
                        .filter(|&x| self.tokens[x].kind == TokenKind::Word)
                        .count();
                    apposition = words >= 2;
                    j += usize::from(apposition);
                }
            }
            // "Juru Bicara Presiden, Prasetyo Hadi": the name after the comma is the
            // spokesman's, the titles before the one served are his. "Juru Bicara Presiden
            // Prabowo": the name right after a title is its holder's.
            if let Some(s) = served {
                if apposition {
                    chain.truncate(s);
                } else {
                    chain.drain(..s);
                }
            }
            // A rank in lower case before another title of its exclusive group in the chain
            // is the common noun ("purnawirawan jenderal TNI Laksamana (Purn) Qzar Zorblat":
            // retired generals, then his own rank): only the title nearer the name is his.
            let entities = &self.rules.entities;
            let shares_group = |t: usize, u: usize| {
                let (t, u) = (&entities.title_list[t], &entities.title_list[u]);
                t.exclusive.iter().any(|g| u.exclusive.contains(g))
            };
            let chain: Vec<(usize, usize, usize)> = (0..chain.len())
                .filter(|&c| {
                    let (x, _, t) = chain[c];
                    self.tokens[x].capital
                        || !chain[c + 1..].iter().any(|&(_, _, u)| shares_group(t, u))
                })
                .map(|c| chain[c])
                .collect();
            let end = if self.continues(j) && !self.tokens[j].is_punct(",") {
                self.name_run(j)
            } else {
                j
            };
            let (a, b) = self.person_part(j, end);
            // "Menteri Energi Sumber Daya Mineral (ESDM) Bahlil Lahadalia": two or more words
            // before an acronym in brackets are the office's field, the name after it its
            // holder (one word is more often the title's own: "Direktur Penuntutan (Dirtut)").
            let (a, b) = if self.word_count(a, b) >= 2 && !apposition {
                self.after_acronym(b).unwrap_or((a, b))
            } else {
                (a, b)
            };
            // One word before a known name or a number names an office or a document, not
            // its holder: "Gubernur Bank Indonesia", "Permendagri Nomor 13".
            let t = self.tokens;
            let part_of_more = self.word_count(a, b) == 1
                && t.get(b).is_some_and(|x| !x.newline)
                && (self.alias_at(b).is_some()
                    || t.get(b).is_some_and(|x| x.kind == TokenKind::Number));
            // A place after the title's office is its jurisdiction, no holder: "dipanggil
            // Kepala Dinas Pendidikan Kabupaten Bogor." names no one. A place word and two
            // words or more may be the place's word and a name ("Kepala Desa Deepak Yadav",
            // the village head).
            let place = self
                .rules
                .entities
                .place_prefixes
                .match_at(t, a)
                .is_some_and(|(k, _)| self.word_count(a + k, b) == 1)
                || self.known_place_at(a) == Some(b);
            if b > a && !part_of_more && !place && self.free(a, b) && self.person_like(a, b) {
                let retired = self.retired_near(i, b);
                // "Mayjen TNI Prabowo Subianto yang kini menjabat sebagai Presiden": the
                // titles before the name were his then.
                let comma = t.get(b).is_some_and(|x| x.is_punct(","));
                let now_other = self
                    .rules
                    .entities
                    .now_after
                    .contains_at(t, b + usize::from(comma));
                let key = self.person_key(a, b);
                let person = self.push(Mention {
                    kind: EntityKind::Person,
                    first: a,
                    last: b,
                    key,
                    known: None,
                    cue: Cue::Title,
                    link: None,
                    head: None,
                });
                for (x, y, t) in chain {
                    let class = &self.rules.entities.title_list[t].class;
                    self.found.titles.push(TitleMention {
                        person,
                        title: t,
                        first: x,
                        last: y,
                        qualifier: qualifier.clone(),
                        former: former || now_other,
                        retired: retired && self.rules.entities.retirement_classes.contains(class),
                    });
                }
                i = b;
            } else {
                // A title with no name after it ("Sekjen NATO mengunjungi ..."): it may
                // stand for the person who holds it elsewhere in the article.
                if let (&[(x, y, t)], false, None) = (&chain[..], former, served) {
                    // Capitalised, as a reference to one holder is written, and not inside
                    // a longer name ("Kantor Perdana Menteri Jepang" is an office).
                    let inside = x > 0 && self.is_cap(x - 1) && self.continues(x);
                    // Nor the first word of a name a head word right after it ends ("Premier
                    // League TV rights").
                    let named = self.head_word_at(y).is_some();
                    if self.tokens[x].capital && !inside && !named && self.free(x, y) {
                        self.title_alone.push((x, j, t, qualifier));
                    }
                }
                i = j.max(i + 1);
            }
        }
    }

    /// The holder's name after an acronym in brackets that closes a title's field at `b`
    /// ("... Sumber Daya Mineral (ESDM) Bahlil Lahadalia", "... Disabilitas (KND), Deka
    /// Kurniawan"): two or more capitalised words on the line, none in capitals, opening with
    /// no title, known name, place, head or institution word ("(Dishub) Kabupaten
    /// Probolinggo" is the office's place), nor a short name the article writes in brackets.
    fn after_acronym(&self, b: usize) -> Option<(usize, usize)> {
        let t = self.tokens;
        let bracketed = t.get(b)?.is_punct("(")
            && !t[b].newline
            && self.is_cap(b + 1)
            && t.get(b + 2)?.is_punct(")");
        if !bracketed {
            return None;
        }
        let mut s = b + 3;
        if t.get(s).is_some_and(|x| x.is_punct(",")) {
            s += 1;
        }
        // A word the article writes in brackets elsewhere is a short name ("Kejaksaan Agung
        // (Kejagung)"): "(Kapuspenkum) Kejagung Harli Siregar" opens with the office's
        // institution.
        let short_name = |k: usize| {
            (1..t.len().saturating_sub(1)).any(|x| {
                x != k && t[x - 1].is_punct("(") && t[x + 1].is_punct(")") && t[x].norm == t[k].norm
            })
        };
        let opens_name = self.is_cap(s)
            && self.continues(s)
            && !self.title_at(s)
            && !short_name(s)
            && self.alias_at(s).is_none()
            && self.known_place_at(s).is_none()
            && !self.generic_word_at(s);
        if !opens_name {
            return None;
        }
        let e = self.name_run(s);
        let words = self.word_count(s, e);
        ((2..=self.rules.settings.max_name_words).contains(&words)
            && (s..e).all(|k| !self.in_capitals(k))
            && self.free(s, e))
        .then_some((s, e))
    }

    /// Titles standing alone for the one person in the article who holds them, with the
    /// same qualifier when both give one: "Sekjen NATO" after "Sekjen NATO Jens Stoltenberg".
    fn titles_alone(&mut self) {
        let mut in_title = vec![false; self.tokens.len()];
        for x in &self.found.titles {
            in_title[x.first..x.last].fill(true);
        }
        // The one holder of each (title, qualifier), looked up once.
        let mut holder_of: BTreeMap<(usize, Option<String>), Option<usize>> = BTreeMap::new();
        for (a, b, t, q) in std::mem::take(&mut self.title_alone) {
            // Not a title already given to a named person (an apposition's).
            if in_title[a..b].contains(&true) || !self.free(a, a + 1) {
                continue;
            }
            let found = &self.found;
            let holder = *holder_of.entry((t, q.clone())).or_insert_with(|| {
                let mut holders = found
                    .titles
                    .iter()
                    .filter(|x| {
                        x.title == t
                            && !x.former
                            && qualifiers_agree(q.as_deref(), x.qualifier.as_deref())
                    })
                    .map(|x| found.mentions[x.person].link.unwrap_or(x.person));
                let first = holders.next()?;
                holders.all(|h| h == first).then_some(first)
            });
            let Some(holder) = holder else {
                continue;
            };
            let key = self.found.mentions[holder].key.clone();
            self.push(Mention {
                kind: EntityKind::Person,
                first: a,
                last: b,
                key,
                known: None,
                cue: Cue::TitleAlone,
                link: Some(holder),
                head: None,
            });
        }
    }

    /// The person's name within the capitalised run `j..end` after a title: the words
    /// after any place, organisation or acronym in it, at most `max_name_words`.
    fn person_part(&self, j: usize, end: usize) -> (usize, usize) {
        let mut a = j;
        let mut k = j;
        while k < end {
            if let Some(q) = self.qualifier_at(k).or_else(|| self.known_place_at(k)) {
                if q < end {
                    a = q;
                    k = q;
                    continue;
                }
            }
            if self.taken[k] {
                a = k + 1;
            }
            k += 1;
        }
        // Too long for a name: a word the article calls the person by alone starts it when
        // two or more words are left ("Kepala Kantor SAR Surabaya Fransiskus Xaverius Lado
        // ... kata Fransiskus"). Not in a run short enough for a name: "Andi Amran Sulaiman
        // ... kata Amran" is one name.
        let max = self.rules.settings.max_name_words;
        if self.word_count(a, end) > max {
            if let Some(k) = (a + 1..end).find(|&k| {
                self.tokens[k].kind == TokenKind::Word
                    && self.referred.contains(self.tokens[k].norm.as_str())
                    && (2..=max).contains(&self.word_count(k, end))
            }) {
                a = k;
            }
        }
        if self.word_count(a, end) > self.rules.settings.max_name_words {
            // Too long for a name: an unknown organisation before it. Keep the last two.
            let mut b = end;
            let mut seen = 0;
            while b > a && seen < 2 {
                b -= 1;
                if self.tokens[b].kind == TokenKind::Word && !self.hyphen_join(b.wrapping_sub(1)) {
                    seen += 1;
                }
            }
            a = b;
        }
        (a, end)
    }

    /// A person's name has no word in capitals ("SAR") and is not the start of an
    /// institution's name ("Direktur Jenderal Mineral dan Batu Bara"): a connector and
    /// a capitalised word after it that is no title and no known name ("Shigeru Ishiba dan
    /// Sekretaris Jenderal ..." is a person).
    fn person_like(&self, a: usize, b: usize) -> bool {
        let acronym = (a..b).any(|k| self.in_capitals(k));
        let org_goes_on = self
            .rules
            .entities
            .institution_connectors
            .match_at(self.tokens, b)
            .is_some_and(|(k, _)| {
                self.is_cap(b + k)
                    && self.continues(b + k)
                    && !self.title_at(b + k)
                    && self.alias_at(b + k).is_none()
            })
            && !self
                .rules
                .entities
                .affiliation_words
                .contains_at(self.tokens, b);
        !acronym && !org_goes_on
    }

    fn retired_near(&self, a: usize, b: usize) -> bool {
        let hi = (b + 4).min(self.tokens.len());
        (a..hi).any(|k| self.rules.entities.retired.contains_at(self.tokens, k))
    }

    /// Appositions ("Michito Tsuruoka, seorang profesor di ...") and speech verbs
    /// ("kata ilmuwan politik ...", "Tsuruoka mengatakan").
    fn appositions_and_speech(&mut self) {
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            let starts = self.is_cap(i)
                && !self.taken[i]
                && !(i > 0 && self.is_cap(i - 1) && self.continues(i));
            if !starts {
                i += 1;
                continue;
            }
            let end = self.name_run(i);
            let opened = i;
            // "kata Pak Basuki Hadimuljono": a form of address is no part of the name.
            i = (i..end)
                .find(|&k| !self.rules.entities.determiners.contains_at(self.tokens, k))
                .unwrap_or(end);
            let words = (i..end)
                .filter(|&x| self.tokens[x].kind == TokenKind::Word)
                .count();
            // One word set off by commas before a speech verb is a person's name too, as
            // many people are named by one ("Direktur Gempa Bumi dan Tsunami BMKG, Daryono,
            // menjelaskan"); not a word the article writes in lower case, a date word, a
            // head or institution word.
            let t = self.tokens;
            let set_off = words == 1
                && i > 0
                && t[i - 1].is_punct(",")
                && t.get(end).is_some_and(|x| x.is_punct(","))
                && self.rules.entities.speech_after.contains_at(t, end + 1)
                && !self.vocabulary.lower.has(&t[i])
                && !self.date_word(i)
                && !self.generic_word_at(i)
                && t[i].norm.chars().count() >= self.rules.settings.spelling_min_chars_in_article;
            let plausible = (words >= 2 || set_off)
                && words <= self.rules.settings.max_name_words
                && self.free(i, end)
                && self.person_like(i, end)
                && (i..end).all(|k| self.alias_at(k).is_none())
                // "kata Kapolres Padang Pariaman AKBP ...": a title and its place, no name.
                && !self.title_at(i);
            if !plausible {
                i = end.max(i + 1);
                continue;
            }
            let speech = set_off
                || self
                    .rules
                    .entities
                    .speech_before
                    .match_before(self.tokens, opened)
                    .is_some()
                || self
                    .rules
                    .entities
                    .speech_after
                    .contains_at(self.tokens, end);
            // A speaker with a head word is an organisation or a place ("Freedom Flotilla
            // Coalition mengatakan", "Gatwick Airport said"), and takes no apposition.
            let head =
                (i..end).find_map(|k| self.rules.entities.name_heads.match_at(self.tokens, k));
            let kind = head.map_or(EntityKind::Person, |(_, &kind)| kind);
            let apposition = self
                .apposition_title(end)
                .filter(|_| kind == EntityKind::Person);
            if speech || apposition.is_some() {
                let key = self.person_key(i, end);
                let cue = if apposition.is_some() {
                    Cue::Apposition
                } else {
                    Cue::Speech
                };
                let person = self.push(Mention {
                    kind,
                    first: i,
                    last: end,
                    key,
                    known: None,
                    cue,
                    link: None,
                    head: None,
                });
                if let Some((a, b, t)) = apposition {
                    self.found.titles.push(TitleMention {
                        person,
                        title: t,
                        first: a,
                        last: b,
                        qualifier: None,
                        former: false,
                        retired: false,
                    });
                }
            }
            i = end.max(i + 1);
        }
    }

    /// ", seorang profesor" / ", a professor" / ", profesor" after a name ending at `end`.
    fn apposition_title(&self, end: usize) -> Option<(usize, usize, usize)> {
        if !self.tokens.get(end)?.is_punct(",") {
            return None;
        }
        let mut j = end + 1;
        if let Some((k, _)) = self.rules.entities.apposition.match_at(self.tokens, j) {
            j += k;
        }
        let (k, &t) = self.rules.entities.titles.match_at(self.tokens, j)?;
        // A capitalised title after a comma starts a new name ("X, Presiden Y"); an
        // apposition is written in lower case.
        if self.tokens[j].capital && j == end + 1 {
            return None;
        }
        Some((j, j + k, t))
    }

    /// Runs of capitalised words no cue has claimed, of at least `min_words` words: "Ryoya
    /// Morishita, Shuto Machino, dan Mao Hosoya", "Freedom Flotilla Coalition", "Kecamatan
    /// Dukupuntang". A word capitalised only because it opens a sentence is no part of the
    /// name (see [`Vocabulary`]), nor is a determiner or stopword; runs of words in capitals only (datelines, acronyms),
    /// month and weekday names, and runs longer than twice `max_name_words` (a heading) are
    /// not names. The kind comes from a head word ([`Self::run_kind`]).
    fn capitalised_runs(&mut self, min_words: usize) {
        // A word in capitals inside a run ends it ("Kasus Rumah DP Rp"): an acronym opens
        // another name ("KMP Tunu Pratama Jaya" keeps its first word).
        let n = self.tokens.len();
        let max_words = 2 * self.rules.settings.max_name_words;
        // Free: in no mention (a headline's tokens too, see `listed` below, but not those of
        // a line the rules skip: "Baca juga: Kisah Qzarono, 22 Tahun Jadi ..." is another
        // article's headline).
        let skipped = self.skipped_lines();
        let mut free: Vec<bool> = (0..n)
            .map(|k| !self.taken[k] || (self.headline[k] && !skipped[k]))
            .collect();
        for m in &self.found.mentions {
            free[m.first..m.last].fill(false);
        }
        let mut i = 0;
        while i < n {
            if !self.is_cap(i) || !free[i] {
                i += 1;
                continue;
            }
            // A title, or a known name on a headline (elsewhere it is a mention already).
            let known = self
                .rules
                .entities
                .titles
                .match_at(self.tokens, i)
                .map(|(k, _)| k);
            if let Some(k) = known.or_else(|| self.alias_at(i).map(|(k, _)| k)) {
                i += k;
                continue;
            }
            let mut j = i;
            while j < n && (j == i || self.continues(j)) && free[j] {
                if self.is_cap(j)
                    && (j == i
                        || !self.title_at(j) && self.alias_at(j).is_none() && !self.in_capitals(j))
                    && !self.date_word(j)
                {
                    j += 1;
                } else if j > i && self.hyphen_join(j) && free.get(j + 1) == Some(&true) {
                    j += 2;
                } else if j > i && self.initial_at(j - 1) && free.get(j + 1) == Some(&true) {
                    j += 1;
                } else if let Some((c, _)) = self.rules.entities.connectors.match_at(self.tokens, j)
                {
                    if j > i
                        && !self.tokens[j].capital
                        && self.is_cap(j + c)
                        && free.get(j + c) == Some(&true)
                    {
                        j += c;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            let end = j.max(i + 1);
            let mut a = i;
            // "An Air India plane", "Di Pulau Gag": a determiner or stopword first is no part
            // of the name.
            while a < end
                && (self.rules.entities.determiners.contains_at(self.tokens, a)
                    || self
                        .rules
                        .events
                        .stopwords
                        .contains(self.tokens[a].norm.as_str()))
            {
                a += 1;
            }
            // A lone capital letter before a head word or place prefix ("galian C Kelurahan
            // Argasunya": the mine's class) is no part of the name the head word opens.
            if a + 1 < end
                && self.tokens[a].norm.chars().count() == 1
                && !self.initial_at(a)
                && self.kind_word_at(a + 1)
            {
                a += 1;
            }
            // A word opening a sentence is part of the name only when the article writes it
            // so inside a sentence too ("Pasukan Hajime Moriyasu" gives "Hajime Moriyasu").
            // Keeping an unknown first word ("Rina Putri mengatakan") was tried: on the
            // independent generated corpus it doubled the reports between distinct people with
            // near-identical names, so such a name needs a cue or a mention elsewhere. A head
            // word that says what kind of name follows opens it wherever it stands ("Komisi
            // Pemberantasan Korupsi menahan ...", "Polda Metro Jaya menangkap ..."), unless
            // it opens many sentences as a common noun ("Tim SAR gabungan ...").
            let head = self.kind_word_at(i)
                && !self
                    .rules
                    .entities
                    .common_openers
                    .contains_at(self.tokens, i);
            // So does the first of two words with the person's age after them ("Abdelhamid
            // Abaoud, 27, lived ...", "Qzarina Putri (34) mengatakan"), without which no
            // name is left: a longer run keeps a name without it ("Termasuk Siti Nuriyati
            // (74)"). Not a word the article writes in lower case, nor one with an ending
            // the rules strip from content words ("Diantaranya Yoserizal (43)").
            let aged = || {
                let t = &self.tokens[i];
                self.word_count(i, end) == min_words
                    && !self.vocabulary.lower.has(t)
                    && self.rules.stem(&t.norm) == t.norm.as_str()
                    && super::ages::follows(self.tokens, end, &self.rules.entities)
            };
            if a == i
                && sentence_initial(self.tokens, i)
                && !head
                && !self.vocabulary.name_word_at(&self.tokens[i])
                && !self.slip_opens(i, end)
                && !aged()
            {
                a += 1;
            }
            while a < end && !self.is_cap(a) {
                a += 1;
            }
            let words = self.word_count(a, end);
            let all_caps = (a..end).all(|k| {
                self.tokens[k].kind != TokenKind::Word
                    || !self.raw(k).chars().any(char::is_lowercase)
            });
            // On a line in title case only an item of a list: "Jepang: Keisuke Osako, Kota
            // Takai, ..." (a headline's words are capitalised whatever they are).
            let t = self.tokens;
            let listed = a >= end
                || !self.headline[a]
                || (a > 0 && !t[a].newline && t[a - 1].is_punct(",:;("))
                    && t.get(end).is_none_or(|x| x.newline || x.is_punct(",;()."));
            if words >= min_words
                && words <= max_words
                && !all_caps
                && listed
                && !self.date_word(a)
                && free[a..end].iter().all(|&f| f)
            {
                let kind = self.run_kind(a, end);
                let key = self.person_key(a, end);
                self.push(Mention {
                    kind,
                    first: a,
                    last: end,
                    key,
                    known: None,
                    cue: Cue::Capitalised,
                    link: None,
                    head: None,
                });
            }
            i = end;
        }
    }

    /// Whether the run `i..end` opening a sentence is a name whose first word is a slip:
    /// the article writes the rest after another capitalised word, one slip off the first
    /// ([`slip_in_article`]) and written more often ("Kalo Muani punya ..." beside "Randal
    /// Kolo Muani" and "Kolo Muani"). The first word is no word the article writes in lower
    /// case.
    ///
    /// [`slip_in_article`]: crate::reconcile::entities::slip_in_article
    fn slip_opens(&self, i: usize, end: usize) -> bool {
        let t = self.tokens;
        let first = t[i].norm.as_str();
        if end <= i + 1 || self.vocabulary.lower.has(&t[i]) {
            return false;
        }
        let rest = &t[i + 1..end];
        // A scan of the tokens: asked of many runs, in most articles nothing fits (the
        // word index is built only for a fit).
        (1..t.len()).any(|p| {
            p != i + 1
                // Equal hashes first: most tokens differ, and a hash says so sooner.
                && t[p].hash == rest[0].hash
                && t[p].norm == rest[0].norm
                && self.is_cap(p - 1)
                && t[p - 1].norm != first
                && rest
                    .iter()
                    .zip(&t[p..])
                    .all(|(a, b)| a.hash == b.hash && a.norm == b.norm)
                && p + rest.len() <= t.len()
                && crate::reconcile::entities::slip_in_article(&t[p - 1].norm, first, self.rules)
                && self.written(&t[p - 1].norm) > self.written(first)
        })
    }

    /// A capitalised word standing alone at `k`: inside a sentence, no capitalised word or
    /// hyphen beside it on its line, not on a headline, letters only and in lower case after
    /// the first ("Qzarnemo", not "QZARNEMO" or "McQzar").
    fn standing_alone(&self, k: usize) -> bool {
        let beside = {
            let before =
                k > 0 && (self.is_cap(k - 1) && self.continues(k) || self.hyphen_join(k - 1));
            let after = self.is_cap(k + 1) && self.continues(k + 1) || self.hyphen_join(k + 1);
            before || after
        };
        self.is_cap(k)
            && !self.headline[k]
            && !sentence_initial(self.tokens, k)
            && !beside
            && self.raw(k).chars().all(char::is_alphabetic)
            && self.raw(k).chars().skip(1).all(char::is_lowercase)
    }

    /// The word at `k` labels the number after it ("Route 91 Harvest Festival", "Flight
    /// 171").
    fn labels_number(&self, k: usize) -> bool {
        self.tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Number && n.gap)
    }

    /// A word at `k` that may be a name's: at least `spelling_min_chars` letters, no date
    /// word, title, known name, head or institution word, nor a word made from a known
    /// name ("German").
    fn plain_word(&self, k: usize) -> bool {
        let norm = self.tokens[k].norm.as_str();
        norm.chars().count() >= self.rules.settings.spelling_min_chars
            && !self.date_word(k)
            && !self.title_at(k)
            && self.alias_at(k).is_none()
            && !self.generic_word_at(k)
            && !self.rules.entities.derived_words.contains(norm)
    }

    /// Every capitalised word standing alone ([`Finder::standing_alone`]) that no earlier
    /// pass took, that may be a name's word ([`Finder::plain_word`]) and that the article
    /// never writes in lower case: a one-word name with no cue (`Cue::Lone`), "lokasi wisata
    /// Qzarnemo". Alone it says too little to be any entity's name, so only the spelling
    /// check reads it: as a slip of a word of a name that other articles write ("Pulau
    /// Qzaryanemo"). Not a word before a number (a label: "Flight 171"), nor one a
    /// possessive glues to another word. A place throughout the article
    /// ([`Finder::prefixed_places`]) is a place; any other word a person, as one-word
    /// names with a cue are.
    fn lone_words(&mut self) {
        let t = self.tokens;
        let mut found = Vec::new();
        for k in 0..t.len() {
            if !self.is_cap(k) || self.taken[k] || !self.standing_alone(k) {
                continue;
            }
            let label = self.labels_number(k);
            let possessive = t
                .get(k + 1)
                .is_some_and(|x| x.is_punct("'\u{2019}") && !x.gap);
            if label || possessive || self.vocabulary.lower.has(&t[k]) || !self.plain_word(k) {
                continue;
            }
            let place = self
                .places
                .contains(std::slice::from_ref(&t[k].norm.to_string()));
            found.push((
                k,
                if place {
                    EntityKind::Place
                } else {
                    EntityKind::Person
                },
            ));
        }
        for (k, kind) in found {
            self.taken[k] = true;
            self.found.lone.push(Mention {
                kind,
                first: k,
                last: k + 1,
                key: vec![t[k].norm.to_string()],
                known: None,
                cue: Cue::Lone,
                link: None,
                head: None,
            });
        }
    }

    /// How often the article writes a word (by its normalised form); the word index is
    /// built at the first question.
    fn written(&self, w: &str) -> usize {
        let at = self.counts.get_or_init(|| {
            let mut at: NormMap<'a, usize> = Default::default();
            for x in self.tokens {
                *at.entry(Norm::of(x)).or_default() += 1;
            }
            at
        });
        at.get(&Norm::text(w)).copied().unwrap_or(0)
    }

    /// One capitalised word written alone that is a word of a person's longer name in the
    /// article (or of a one-word name with a cue: "AKP Prapto"), or one letter off such a
    /// word: "Fransiskus" and "Fransikus" next to "Fransiskus Xaverius Lado". Such a word
    /// becomes a one-word name, so a slip in it meets the right form. So does one slip off a
    /// word of another name of the article (an institution, a place, a known name's forms:
    /// "Tingkok" beside "China", whose forms include "Tiongkok"), written once or twice and
    /// less often than that name is named, as a name of that name's kind; right after a
    /// known name, only a slip of the word its forms go on with ("Amerika Seriakt"). Not a
    /// word the article writes in lower case ("Sampai", "Sejak"), nor a word made from a
    /// known name ("German"), not at a sentence's start (unless the article writes it
    /// inside one too, or it is a slip of a person's name with a speech verb after it: "Edi
    /// menuturkan" beside "Edy Suryono", or written once one keystroke inside the word off
    /// such a name's word written twice or more: "Lijndrers dan French" beside "Pep
    /// Lijnders"), not a known name, a title, a month or a weekday,
    /// and at least `spelling_min_chars` letters; a person's from
    /// `spelling_min_chars_in_article` letters as someone speaks ("ujar Edy"), a shorter
    /// slip only of a word the article writes more often.
    fn name_words_alone(&mut self) {
        let min = self.rules.settings.spelling_min_chars;
        // People's names are compared from shorter words: the article's other mentions
        // vouch for them (`slip_in_article`).
        let min_person = self.rules.settings.spelling_min_chars_in_article.min(min);
        let mut words: BTreeSet<&str> = BTreeSet::new();
        for m in &self.found.mentions {
            // People's names: an institution's or a place's words are often place names. One
            // word only with a cue that says it is a person's ("AKP Prapto", "kata Prapto").
            let named = m.key.len() >= 2 || m.cue != Cue::Capitalised;
            if named && m.known.is_none() && m.kind == EntityKind::Person {
                for w in &m.key {
                    if w.chars().count() >= min_person {
                        words.insert(w.as_str());
                    }
                }
            }
        }
        // "Pak Sudarmin": one word after a form of address is a person's name too.
        let addressed = |k: usize| {
            self.is_cap(k)
                && !self.is_cap(k + 1)
                && self
                    .rules
                    .entities
                    .address
                    .match_before(self.tokens, k)
                    .is_some()
        };
        for k in 1..self.tokens.len() {
            if addressed(k) && self.tokens[k].norm.chars().count() >= min_person {
                words.insert(self.tokens[k].norm.as_str());
            }
        }
        // Words one edit (or one transposition) off share a deletion variant: only those are
        // compared.
        let deletions = crate::reconcile::entities::deletion_variants;
        let mut by_variant: rustc_hash::FxHashMap<String, Vec<&str>> = Default::default();
        // A word the article also writes in lower case is a common word in a name typed a
        // person's ("Islamic State" ... "the state"): no name to misspell.
        for &w in words.iter().filter(|w| !self.vocabulary.lower.contains(w)) {
            for v in deletions(w) {
                by_variant.entry(v).or_default().push(w);
            }
        }
        // The article's other names, gathered at the first word that may be a slip of one.
        let others_once = std::cell::OnceCell::new();
        let others = || others_once.get_or_init(|| self.other_names(min));
        let known_end = self.known_ends();
        // How often the article writes each word (only asked of a word near another name's).
        let written = |w: &str| self.written(w);
        // A capitalised word before it that only opens the sentence ("Menurut Fransiskus").
        let opener = |k: usize| {
            sentence_initial(self.tokens, k) && !self.vocabulary.name_word_at(&self.tokens[k])
        };
        let mut found = Vec::new();
        for i in 0..self.tokens.len() {
            let t = &self.tokens[i];
            let norm = t.norm.as_str();
            if !self.is_cap(i) || self.taken[i] {
                continue;
            }
            // The cheapest tests of `common` below first: most capitalised words go here.
            if norm.chars().count() < min_person || self.vocabulary.lower.has(t) {
                continue;
            }
            // "Stade de France", "Charles de Gaulle": a name particle joins the word to
            // a capitalised word beside it, known name or not.
            let particle_after = self
                .rules
                .entities
                .connectors
                .match_at(self.tokens, i + 1)
                .is_some_and(|(c, _)| !self.tokens[i + 1].capital && self.is_cap(i + 1 + c));
            let particle_before = (1..=2).any(|c| {
                i > c
                    && self
                        .rules
                        .entities
                        .connectors
                        .match_at(self.tokens, i - c)
                        .is_some_and(|(n, _)| n == c && !self.tokens[i - c].capital)
                    && self.is_cap(i - c - 1)
            });
            let in_run = self.is_cap(i + 1)
                || self.hyphen_join(i + 1)
                || (i > 0 && self.hyphen_join(i - 1))
                || particle_after
                || particle_before;
            // After a known name, only a slip of a word its forms go on with.
            let goes_on = || {
                known_end.get(&i).is_some_and(|ws| {
                    ws.iter()
                        .any(|w| crate::reconcile::entities::slip_word(w, norm, self.rules))
                })
            };
            if in_run {
                continue;
            }
            // Part of a longer capitalised run (a sentence opener before it aside)? A word
            // right after a known name may be a slip of that name's next word ("Amerika
            // Seriakt"), not of a person's.
            let after =
                i > 0 && self.is_cap(i - 1) && self.continues(i) && !opener(i - 1) && !addressed(i);
            if after && !goes_on() {
                continue;
            }
            let label = self.labels_number(i);
            // Opening a sentence, a word is a name only as a slip of a person's name word
            // with a speech verb after it ("Edi menuturkan" beside "Edy Suryono").
            let opening = sentence_initial(self.tokens, i)
                && !self.vocabulary.name_word_at(t)
                // "Mr. Feischer": the abbreviation's dot ends no sentence.
                && !addressed(i);
            let speaks = || {
                self.rules
                    .entities
                    .speech_after
                    .contains_at(self.tokens, i + 1)
            };
            // Or, written once, one keystroke inside the word off a person's name word the
            // article writes alone or in the name more often ("Lijndrers dan French" beside
            // "Pep Lijnders" and "Lijnders" three times): a sentence opener is as often
            // misspelt as any word, and a common word one keystroke off a name is rare.
            let slipped_opener = || {
                norm.chars().count() >= min
                    && written(norm) == 1
                    && deletions(norm).iter().any(|v| {
                        by_variant.get(v).is_some_and(|ws| {
                            ws.iter().any(|w| {
                                crate::reconcile::entities::keystroke_inside(w, norm)
                                    && written(w) >= 2
                            })
                        })
                    })
            };
            let common = label
                || norm.chars().count() < min_person
                || !self.raw(i).chars().any(char::is_lowercase)
                || self.vocabulary.lower.has(t)
                // "the German squad", "the Israeli police": a word made from a known name.
                || self.rules.entities.derived_words.contains(norm)
                || (opening && !speaks() && !slipped_opener());
            // "Sen. Angus King of Maine": where he is from, not "Kaine" written alone (a
            // place's slip may stand there: "bekerja di Jepng"). A word with a possessive
            // after it is someone's ("the homes of Mostafai's father"): an apostrophe and a
            // word glued to it (a closing quote has a space after it).
            let possessive = self
                .tokens
                .get(i + 1)
                .is_some_and(|x| x.is_punct("'\u{2019}") && !x.gap)
                && self
                    .tokens
                    .get(i + 2)
                    .is_some_and(|x| x.kind == TokenKind::Word && !x.gap);
            let origin = !possessive
                && (1..=2).any(|n| {
                    i >= n
                        && self
                            .rules
                            .entities
                            .origin_before
                            .match_at(self.tokens, i - n)
                            .is_some_and(|(k, _)| k == n)
                });
            // A head word alone ("Office" of "the Department of Labor's Office of ...",
            // "Sungai") names a kind of thing, no person: no slip of "Contracting Officer".
            // Nor is a place the article names after a place word or a preposition of place
            // ("berbasis di Nagano" beside "Kaori Nakano").
            // Asked last: only of a word near a name word.
            let head = || {
                self.generic_word_at(i)
                    || self
                        .places
                        .contains(std::slice::from_ref(&norm.to_string()))
            };
            if common || self.date_word(i) || self.title_at(i) || self.alias_at(i).is_some() {
                continue;
            }
            // A word shorter than `spelling_min_chars` is a slip only of a word the article
            // writes more often.
            let short = norm.chars().count() < min;
            // Someone speaks: "ujar Edy", "Edi menuturkan".
            let spoken = || {
                speaks()
                    || self
                        .rules
                        .entities
                        .speech_before
                        .match_before(self.tokens, i)
                        .is_some()
            };
            // A short word, a name's or a slip of one, only as someone speaks: short
            // capitalised words are many ("Air view" beside "Band-Aid").
            let near = (!short || spoken())
                && (words.contains(norm)
                    || deletions(norm).iter().any(|v| {
                        by_variant.get(v).is_some_and(|ws| {
                            ws.iter().any(|w| {
                                crate::reconcile::entities::slip_in_article(w, norm, self.rules)
                                    && (!short || written(w) > written(norm))
                            })
                        })
                    }));
            if near && !after && !origin && !head() {
                found.push((i, EntityKind::Person));
                continue;
            }
            if short || opening {
                continue;
            }
            // One slip off a word of another name the article writes more often: that name
            // misspelt ("Tingkok" once beside "Tiongkok"), when the slip is written once or
            // twice (a word written as often as the name, or more, is a name of its own:
            // "Islandia" four times beside "Irlandia Utara").
            let others = others();
            // A slip keeps the first letter (see `same_word`) and the length within one.
            let first = norm.chars().next();
            let slip_of = others.words.keys().copied().find(|w| {
                w.chars().next() == first
                    && w.len().abs_diff(norm.len()) <= 1
                    && crate::reconcile::entities::slip_word(w, norm, self.rules)
            });
            if let Some(w) = slip_of {
                let n = written(norm);
                let (kind, elsewhere) = others.words[w];
                // "Chiba prefecture" beside "China": a head word after it says the word
                // names a place (or a body) of its own.
                let headed = self
                    .rules
                    .entities
                    .name_heads
                    .match_at(self.tokens, i + 1)
                    .is_some()
                    && !self.tokens[i + 1].capital;
                if n <= 2 && written(w) + elsewhere > n && !self.generic_word_at(i) && !headed {
                    found.push((i, kind));
                }
            }
        }
        for (i, kind) in found {
            self.push_word(i, kind, Cue::Capitalised);
        }
    }

    /// A name of the body misspelt on the article's own headline. A headline in title case
    /// capitalises every word, so no run of its words says where a name starts
    /// ([`headline_tokens`]); but where its words write a body name of two or more words with
    /// one word a slip ([`slip_in_article`]), or one word of a person's name (with a cue) of
    /// at least `spelling_min_chars` letters as such a slip, the words are that name misspelt:
    /// "Kasus Agnes Mo Tak Sesuai" above a body that writes "Agnez Mo". The slip is
    /// written nowhere else in the article and is no word the article writes in lower case,
    /// and the body writes the right word more often. Only the headline lines before the
    /// lead count: a "read also" line names other articles.
    ///
    /// [`slip_in_article`]: crate::reconcile::entities::slip_in_article
    fn headline_slips(&mut self) {
        let t = self.tokens;
        let (lead, _) = super::scores::top(t);
        if lead == 0 || !self.headline[..lead].iter().any(|&h| h) {
            return;
        }
        let min = self.rules.settings.spelling_min_chars;
        // The body's names: token ranges of two or more capitalised words, and the words
        // of people's names.
        let mut names: BTreeSet<(Vec<&str>, EntityKind)> = BTreeSet::new();
        for m in &self.found.mentions {
            if m.first < lead || !(m.first..m.last).all(|k| self.is_cap(k)) {
                continue;
            }
            let words: Vec<&str> = t[m.first..m.last].iter().map(|x| x.norm.as_str()).collect();
            if words.len() >= 2 {
                names.insert((words.clone(), m.kind));
            }
            // One word of a person's name only when something says it is a person's (a
            // title, a speech verb): "Quattro Cheese" is no person and "Cheesy" no slip.
            if m.kind == EntityKind::Person && m.known.is_none() && m.cue != Cue::Capitalised {
                for w in words.into_iter().filter(|w| w.chars().count() >= min) {
                    names.insert((vec![w], EntityKind::Person));
                }
            }
        }
        let own = self.own_headline();
        // The longest name first: "Agnes Mo" is "Agnez Mo" misspelt, not "Agnez".
        let mut names: Vec<(Vec<&str>, EntityKind)> = names.into_iter().collect();
        names.sort_by_key(|(words, _)| std::cmp::Reverse(words.len()));
        // Headline tokens in a mention already (a headline's tokens are marked taken
        // without one).
        let mut mentioned = vec![false; lead];
        for m in self.found.mentions.iter().filter(|m| m.first < lead) {
            mentioned[m.first..m.last.min(lead)].fill(true);
        }
        let mut found: Vec<(usize, usize, EntityKind)> = Vec::new();
        let mut h = 0;
        'at: while h < lead {
            if !own[h] || mentioned[h] || !self.is_cap(h) {
                h += 1;
                continue;
            }
            for (words, kind) in &names {
                let end = h + words.len();
                // No month or weekday ("14 Juli 2024" above "Julia Anderink").
                let fits = end <= lead
                    && (h..end).all(|k| self.is_cap(k) && !mentioned[k] && !self.date_word(k))
                    && (h + 1..end).all(|k| self.continues(k) && t[k].gap);
                if !fits {
                    continue;
                }
                let mut odd = words.iter().zip(&t[h..end]).filter(|(w, x)| **w != x.norm);
                let (Some((right, slip)), None) = (odd.next(), odd.next()) else {
                    continue;
                };
                let slip = slip.norm.as_str();
                if (words.len() >= 2 || slip.chars().count() >= min)
                    && crate::reconcile::entities::slip_in_article(right, slip, self.rules)
                    && self.written(slip) == 1
                    && self.written(right) > 1
                    && !self.vocabulary.lower.contains(slip)
                {
                    found.push((h, end, *kind));
                    h = end;
                    continue 'at;
                }
            }
            h += 1;
        }
        for (first, last, kind) in found {
            let key = self.person_key(first, last);
            self.push(Mention {
                kind,
                first,
                last,
                key,
                known: None,
                cue: Cue::Capitalised,
                link: None,
                head: None,
            });
        }
    }

    /// One capitalised word written once, alone, one keystroke off a capitalised word the
    /// article writes alone more often, inside the word: a letter added or dropped before
    /// its last, or two letters swapped ("Jungkokk" once beside "Jungkook" twice, "Timans"
    /// beside "Timnas"). Both become one-word names, so the slip meets its right form when
    /// names are compared. A letter changed makes another name as often as a slip
    /// ("Persita" beside "Persija", "Rahmat" beside "Rahman"), and so does a letter added or
    /// dropped at the end ("Islami" beside "Islam", "Indian" beside "India"). No slip: a word
    /// the article writes in lower case, a known name's word or one made from it, a title,
    /// a head word, a date word; nor a word in a sentence that writes the right form too
    /// (two items of a list: "Triono, Triyono").
    fn word_slips(&mut self) {
        let t = self.tokens;
        // The right forms: words written alone, free, twice or more.
        let mut right_at: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
        for k in
            (0..t.len()).filter(|&k| !self.taken[k] && self.standing_alone(k) && self.plain_word(k))
        {
            right_at.entry(t[k].norm.as_str()).or_default().push(k);
        }
        right_at.retain(|_, at| at.len() >= 2);
        if right_at.is_empty() {
            return;
        }
        let deletions = crate::reconcile::entities::deletion_variants;
        let mut by_variant: rustc_hash::FxHashMap<String, Vec<&str>> = Default::default();
        for &w in right_at.keys() {
            for v in deletions(w) {
                by_variant.entry(v).or_default().push(w);
            }
        }
        // The sentence around token `k`, as a token range.
        let ends = |k: usize| t[k].is_punct(".!?");
        let sentence = |k: usize| {
            let mut a = k;
            while a > 0 && !ends(a - 1) && !t[a].newline {
                a -= 1;
            }
            let mut b = k + 1;
            while b < t.len() && !t[b].newline && !ends(b - 1) {
                b += 1;
            }
            (a, b)
        };
        let mut found: Vec<(usize, &str)> = Vec::new();
        // A word an earlier pass already took for a one-word name, a slip of another name of
        // the article ("warga Qzarnok" beside "Desa Qzarnook"): its kind, so the right form
        // written alone joins it under that kind.
        let mut one_word: BTreeMap<usize, EntityKind> = BTreeMap::new();
        for m in &self.found.mentions {
            if m.last == m.first + 1 && m.cue == Cue::Capitalised && m.known.is_none() {
                one_word.insert(m.first, m.kind);
            }
        }
        for (i, token) in t.iter().enumerate() {
            let norm = token.norm.as_str();
            // A word that is no capitalised one is never `alone`: asked first, as cheapest.
            if !self.is_cap(i)
                || (self.taken[i] && !one_word.contains_key(&i))
                || right_at.contains_key(norm)
                || !self.standing_alone(i)
                || !self.plain_word(i)
                || self.written(norm) != 1
            {
                continue;
            }
            let (sa, sb) = sentence(i);
            let mut fits: BTreeSet<&str> = BTreeSet::new();
            for v in deletions(norm) {
                for &w in by_variant.get(&v).into_iter().flatten() {
                    let inside = crate::reconcile::entities::keystroke_inside(norm, w);
                    let apart = right_at[w].iter().all(|&k| k < sa || k >= sb);
                    if inside && apart && crate::reconcile::entities::slip_word(w, norm, self.rules)
                    {
                        fits.insert(w);
                    }
                }
            }
            if let (Some(&w), 1) = (fits.iter().next(), fits.len()) {
                found.push((i, w));
            }
        }
        let mut named: BTreeSet<&str> = BTreeSet::new();
        for (i, w) in found {
            let kind = one_word.get(&i).copied().unwrap_or(EntityKind::Person);
            let mut at = vec![i];
            if named.insert(w) {
                at.extend(right_at[w].iter().copied());
            }
            for k in at {
                if !self.taken[k] {
                    self.push_word(k, kind, Cue::Capitalised);
                }
            }
        }
    }

    /// Tokens of the lines the rules skip (`skip_lines_starting_with`: "Baca juga: ...").
    fn skipped_lines(&self) -> Vec<bool> {
        let t = self.tokens;
        let mut skipped = vec![false; t.len()];
        let mut line = 0;
        for k in 0..t.len() {
            if k == 0 || t[k].newline {
                line = k;
            }
            skipped[k] = self.headline[k] && self.rules.text.skip_lines.match_at(t, line).is_some();
        }
        skipped
    }

    /// Tokens of the article's own headline: the headline lines ([`headline_tokens`]) before
    /// the lead that the rules do not skip ("Baca juga: ..." names another article).
    fn own_headline(&self) -> Vec<bool> {
        let t = self.tokens;
        let (lead, _) = super::scores::top(t);
        let mut own = vec![false; t.len()];
        let mut line = 0;
        for k in 0..lead {
            if k == 0 || t[k].newline {
                line = k;
            }
            own[k] = self.headline[k] && self.rules.text.skip_lines.match_at(t, line).is_none();
        }
        own
    }

    /// The article's names other than people's, of words of at least `min` letters.
    fn other_names(&self, min: usize) -> OtherNames<'a> {
        let mut words: BTreeMap<&'a str, (EntityKind, usize)> = BTreeMap::new();
        // The known names mentioned, with their mentions.
        let mut known: BTreeMap<usize, usize> = BTreeMap::new();
        let rules: &'a Rules = self.rules;
        let tokens: &'a [Token] = self.tokens;
        for m in &self.found.mentions {
            if m.kind == EntityKind::Person && m.known.is_none() {
                continue;
            }
            for (k, t) in tokens.iter().enumerate().take(m.last).skip(m.first) {
                let norm = t.norm.as_str();
                if self.is_cap(k) && !self.in_capitals(k) && norm.chars().count() >= min {
                    words.entry(norm).or_insert((m.kind, 0));
                }
            }
            if let Some(a) = m.known {
                *known.entry(a).or_default() += 1;
            }
        }
        // The words of a known name's forms ("Tiongkok" of "China", "Serikat" of "Amerika
        // Serikat"), each name once.
        for (a, n) in known {
            let alias = &rules.entities.alias_list[a];
            for w in alias.forms.iter().flatten() {
                if w.len() >= min && w.chars().count() >= min {
                    words.entry(w.as_str()).or_insert((alias.kind, 0)).1 += n;
                }
            }
        }
        OtherNames { words }
    }

    /// The token right after each known name's mention, with the words its forms go on
    /// with there ("Amerika" → "serikat").
    fn known_ends(&self) -> BTreeMap<usize, Vec<&'a str>> {
        let rules: &'a Rules = self.rules;
        let mut out: BTreeMap<usize, Vec<&'a str>> = BTreeMap::new();
        for m in &self.found.mentions {
            let Some(a) = m.known else { continue };
            let written: Vec<&str> = (m.first..m.last)
                .map(|k| self.tokens[k].norm.as_str())
                .collect();
            for form in &rules.entities.alias_list[a].forms {
                if form.len() > written.len() && form[..written.len()] == written[..] {
                    out.entry(m.last)
                        .or_default()
                        .push(form[written.len()].as_str());
                }
            }
        }
        out
    }

    /// A word of a month's, a weekday's or a holiday's name at `j` ("Jumat", "Juni",
    /// "Idul Adha"): a date's word, not a name's.
    fn date_word(&self, j: usize) -> bool {
        self.calendar.get(j).copied().unwrap_or(false)
    }

    /// The kind of a capitalised run with no cue: the kind of its head word (`name_heads`:
    /// "Bandara", "Island", "Yayasan"), a place after a place word ("Kecamatan ..."), an
    /// organisation with an institution word; else a person when it reads as a person's
    /// name (at most `max_name_words` words, none in capitals), else an organisation.
    fn run_kind(&self, a: usize, b: usize) -> EntityKind {
        for k in a..b {
            if let Some((_, &kind)) = self.rules.entities.name_heads.match_at(self.tokens, k) {
                return kind;
            }
        }
        // "Kecamatan Dukupuntang", "Cimahi Selatan".
        let suffix = (a + 1..b).any(|k| {
            self.rules
                .entities
                .place_suffixes
                .match_at(self.tokens, k)
                .is_some()
        });
        if suffix
            || self
                .rules
                .entities
                .place_prefixes
                .match_at(self.tokens, a)
                .is_some()
        {
            return EntityKind::Place;
        }
        if (a..b).any(|k| {
            self.rules
                .entities
                .institutions
                .match_at(self.tokens, k)
                .is_some()
        }) {
            return EntityKind::Organisation;
        }
        let acronym = (a..b).any(|k| self.in_capitals(k));
        if self.word_count(a, b) <= self.rules.settings.max_name_words && !acronym {
            EntityKind::Person
        } else {
            EntityKind::Organisation
        }
    }

    /// Later mentions by surname alone ("kata Brown", "kunjungan Ruttes"), linked to the
    /// full name earlier (or later) in the article. A surname two people share is skipped.
    fn surnames(&mut self) {
        let mut by_surname: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut listed: BTreeSet<&[String]> = BTreeSet::new();
        for (x, m) in self.found.mentions.iter().enumerate() {
            // A cued name only: a capitalised run is not sure enough to stand for.
            if m.kind == EntityKind::Person && m.key.len() >= 2 && m.cue != Cue::Capitalised {
                let words: Vec<&str> = m.key.iter().map(String::as_str).collect();
                if let Some((last, suffix)) = self.rules.entities.surname(&words) {
                    if listed.insert(&m.key) {
                        // "Jackson" may be either Jesse Jackson or Jesse Jackson Jr.;
                        // "Jackson Jr." only the son.
                        by_surname.entry(last.to_string()).or_default().push(x);
                        if let Some(suffix) = suffix {
                            by_surname
                                .entry(format!("{last} {suffix}"))
                                .or_default()
                                .push(x);
                        }
                    }
                }
            }
        }
        // Title-cued single words ("Menteri Pertahanan Jepang Nakatani") link too.
        for x in 0..self.found.mentions.len() {
            let m = &self.found.mentions[x];
            if m.kind == EntityKind::Person && m.key.len() == 1 {
                if let Some(list) = by_surname.get(&m.key[0]) {
                    if list.len() == 1 {
                        self.found.mentions[x].link = Some(list[0]);
                    }
                }
            }
        }
        // No full name to stand for: no word below finds one.
        if by_surname.is_empty() {
            return;
        }
        let n = self.tokens.len();
        for i in 0..n {
            if !self.is_cap(i) || self.taken[i] || self.hyphen_join(i + 1) {
                continue;
            }
            if i > 0 && self.hyphen_join(i - 1) {
                continue;
            }
            let norm = self.tokens[i].norm.as_str();
            // A surname with its generational suffix ("Trump Jr.") is only the person named
            // in full with that suffix.
            let suffixed = self
                .tokens
                .get(i + 1)
                .filter(|t| {
                    self.continues(i + 1)
                        && self.rules.entities.name_suffixes.contains(t.norm.as_str())
                })
                .map(|t| format!("{norm} {}", t.norm));
            let width = if suffixed.is_some() { 2 } else { 1 };
            let target = match &suffixed {
                Some(key) => by_surname.get(key),
                None => by_surname.get(norm),
            }
            .or_else(|| {
                if suffixed.is_some() {
                    return None;
                }
                self.rules.entities.inflections.iter().find_map(|suffix| {
                    let stem = norm.strip_suffix(suffix.as_str())?;
                    by_surname.get(stem)
                })
            });
            let Some(list) = target else { continue };
            if list.len() != 1 {
                continue;
            }
            let full = list[0];
            let words: Vec<&str> = self.found.mentions[full]
                .key
                .iter()
                .map(String::as_str)
                .collect();
            let (surname, suffix) = self.rules.entities.surname(&words).unzip();
            let suffix = suffix.flatten();
            // After a capitalised word, the surname ends a name of its own: another
            // person's when that word is not the one before the surname in the full name
            // ("Sandra Jackson" beside "Rep. Jesse Jackson Jr."), or when the full name has
            // a suffix this one lacks ("Jesse Jackson", the father).
            // (A capital that only opens a sentence is no name word, "Kunjungan Ruttes", nor
            // is a title, "Presiden Macron".)
            let name_before = i > 0
                && self.continues(i)
                && self.is_cap(i - 1)
                && !self.taken[i - 1]
                && !self.title_at(i - 1)
                && (!sentence_initial(self.tokens, i - 1)
                    || self.vocabulary.name_word_at(&self.tokens[i - 1]));
            if name_before {
                let before = words.len().checked_sub(2 + usize::from(suffix.is_some()));
                let given = before.map(|k| words[k]);
                if given != Some(self.tokens[i - 1].norm.as_str())
                    || (suffixed.is_none() && suffix.is_some())
                {
                    continue;
                }
            }
            let surname = surname.map(str::to_string);
            let key = vec![surname.unwrap_or_default()];
            self.push(Mention {
                kind: EntityKind::Person,
                first: i,
                last: i + width,
                key,
                known: None,
                cue: Cue::Surname,
                link: Some(full),
                head: None,
            });
        }
    }

    /// "James Brown dari Universitas Temple", "Michito Tsuruoka, seorang profesor di
    /// Universitas Keio", "X of Temple University".
    fn affiliations(&mut self) {
        // Every affiliation is to a mention with a head word: none, no affiliation.
        if self.found.mentions.iter().all(|m| m.head.is_none()) {
            self.found.affiliations = Vec::new();
            return;
        }
        let mut starts = vec![None; self.tokens.len() + 1];
        for (x, m) in self.found.mentions.iter().enumerate() {
            if m.head.is_some() {
                starts[m.first] = Some(x);
            }
        }
        // Per person mention: whether it has a title, and the first title after it.
        let mut titled = vec![false; self.found.mentions.len()];
        let mut after: Vec<Option<usize>> = vec![None; self.found.mentions.len()];
        for t in &self.found.titles {
            titled[t.person] = true;
            if t.first > self.found.mentions[t.person].last && after[t.person].is_none() {
                after[t.person] = Some(t.last);
            }
        }
        let mut out = Vec::new();
        for (p, m) in self.found.mentions.iter().enumerate() {
            if m.kind != EntityKind::Person {
                continue;
            }
            // Right after the name, or after an apposition's title.
            let mut positions = vec![(m.last, titled[p])];
            if let Some(last) = after[p] {
                positions.push((last, true));
            }
            for (j, has_role) in positions {
                // "Rina Putri, peneliti Universitas Riau": a role right before the
                // institution.
                if let (true, Some(org)) =
                    (has_role && j > m.last, starts.get(j).copied().flatten())
                {
                    out.push(AffiliationMention { person: p, org });
                    continue;
                }
                let Some((k, &needs_role)) = self
                    .rules
                    .entities
                    .affiliation_words
                    .match_at(self.tokens, j)
                else {
                    continue;
                };
                if needs_role && !has_role {
                    continue;
                }
                let mut q = j + k;
                let mut gap = 0;
                while q < self.tokens.len() && starts[q].is_none() {
                    let t = &self.tokens[q];
                    if t.kind != TokenKind::Word
                        || t.capital
                        || gap >= self.rules.settings.affiliation_gap_words
                    {
                        break;
                    }
                    gap += 1;
                    q += 1;
                }
                if let Some(org) = starts.get(q).copied().flatten() {
                    out.push(AffiliationMention { person: p, org });
                }
            }
        }
        // Institutions written before the name: "Temple University's Rina Putri", and a role
        // at an institution before a comma and the name: "ekonom Universitas Andalas, Rina
        // Putri".
        let t = self.tokens;
        let person_at: BTreeMap<usize, usize> = self
            .found
            .mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| m.kind == EntityKind::Person)
            .map(|(p, m)| (m.first, p))
            .collect();
        let role_ends: BTreeSet<usize> = (0..t.len())
            .filter_map(|k| {
                let (n, _) = self.rules.entities.titles.match_at(t, k)?;
                (!t[k].capital).then_some(k + n)
            })
            .collect();
        for (org, o) in self.found.mentions.iter().enumerate() {
            if o.head.is_none() {
                continue;
            }
            let b = o.last;
            let possessive = t.get(b).is_some_and(|x| x.is_punct("'\u{2019}") && !x.gap)
                && t.get(b + 1).is_some_and(|x| x.norm == "s" && !x.gap);
            let role = role_ends.contains(&o.first) && t.get(b).is_some_and(|x| x.is_punct(","));
            let name_at = if possessive { b + 2 } else { b + 1 };
            if let (true, Some(&p)) = (possessive || role, person_at.get(&name_at)) {
                out.push(AffiliationMention { person: p, org });
            }
        }
        self.found.affiliations = out;
    }

    /// The normalised words of a person's name: lower case, hyphenated parts apart.
    fn person_key(&self, a: usize, b: usize) -> Vec<String> {
        (a..b)
            .filter(|&k| self.tokens[k].kind == TokenKind::Word)
            .map(|k| self.tokens[k].norm.to_string())
            .collect()
    }

    fn words(&self, a: usize, b: usize) -> String {
        self.text[self.tokens[a].start..self.tokens[b - 1].end].to_string()
    }
}

/// Two qualifiers of one title may name one office: equal, either missing, or one the start
/// of the other ("BPBD" and "BPBD Garut").
fn qualifiers_agree(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
            long.strip_prefix(short)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        }
        _ => true,
    }
}
