//! The conflict-kind registry: every kind factlint reports, one entry each, with its id,
//! default severity, one-line summary and the explanation `factlint explain KIND` prints.
//! The README's overview, table and sections of kinds and the snapshot tests follow this list
//! (`tests/kinds.rs` fails when the README drifts from it).

use serde::{Deserialize, Serialize};

/// How serious a conflict is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look (by default `count-update`); fails a run only with `fail-on: info`.
    Info,
    /// Probably a mistake (the default of most kinds); fails a run at the default
    /// `fail-on: warning`.
    Warning,
    /// Certainly a mistake (by default `dateline`: an article dated before an event it reports
    /// as past).
    Error,
}

impl Severity {
    /// The lower-case name used in configuration and reports: `info`, `warning`, `error`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// A conflict kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// `dateline`: an article dated before an event it reports as past, or dating a day of
    /// its own week in another year.
    Dateline,
    /// `weekday`: a weekday written next to a date that falls on another day.
    Weekday,
    /// `spelling`: one name written in near-miss forms that no alias explains.
    Spelling,
    /// `title`: one person given incompatible titles or roles at the same time.
    Title,
    /// `affiliation`: one person placed at two different institutions at the same time.
    Affiliation,
    /// `count`: one quantity at one time given different numbers.
    Count,
    /// `count-update`: one quantity given different numbers on different days (an update).
    CountUpdate,
    /// `date`: one event given different dates.
    Date,
}

/// A kind's registry entry: everything the reports, `factlint explain` and the README say
/// about it.
pub struct KindInfo {
    /// The kind this entry describes.
    pub kind: Kind,
    /// The kind's id in configuration, reports and fingerprints (`count-update`).
    pub id: &'static str,
    /// The severity its conflicts have unless the rules or the configuration set another.
    pub default_severity: Severity,
    /// One line, lower case, no final period: what a conflict of this kind is.
    pub summary: &'static str,
    /// Four headings: What it flags / Why it matters / Example / Not a conflict.
    pub explanation: &'static str,
    /// The kind's own hint under a conflict in the text report ("check the publication
    /// date ..."), from its module; `None`: the hint the report draws from the evidence's
    /// values (which value most sources give).
    pub hint: Option<Hint>,
    /// What, beside the kind and the values that disagree, tells one of its conflicts from
    /// another in a fingerprint (baselines and reviews): see [`Identity`].
    pub identity: Identity,
}

/// What a kind's fingerprint hashes beside its id and the distinct values that disagree
/// (lower-cased, spaces collapsed, sorted), so that a conflict that gains a witness keeps
/// its fingerprint and one that gains a new value gets a new one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Identity {
    /// The values alone: the forms of a name, the dates of an event.
    Values,
    /// And the subject: the person given two titles.
    Subject,
    /// And the counted noun, the subject's text before ` (` (`orang` of `orang (dead)`).
    Noun,
    /// And the subject and the article: conflicts that stand in one article. Evidence from
    /// a related article that bears witness ([`crate::conflict::Role::is_witness`]: the
    /// right date of a weekday slip) gives neither a value nor an article.
    OneArticle,
}

/// A kind's hint for one of its conflicts: what to check, or `None` for no hint.
pub type Hint = fn(&[crate::article::Article], &crate::conflict::Conflict) -> Option<String>;

/// The registry: one entry per [`Kind`]. The README's kinds table and sections follow its
/// order (`tests/kinds.rs`).
pub const KINDS: &[KindInfo] = &[
    KindInfo {
        kind: Kind::Dateline,
        id: "dateline",
        default_severity: Severity::Error,
        summary: "an article dated before an event it reports as past, or dating a day of its own week in another year",
        explanation: "\
## What it flags
An article whose publication date (its dateline, or `published:` in its front matter) is
earlier than the date of an event the article reports as having happened: a statement
\"pada hari Rabu, 3 Mei 2023\" in an article dated December 9, 2022. Also a date written
with a weekday that fits it, in a year one keystroke from the publication's (a digit
changed, two neighbours swapped), whose day and month lie at most `year_slip_days` (7) from
the publication date: \"Rabu (10/6/2026) dini hari\" in an article of 10 June 2025 means a
day of the article's own week, and its year is a slip. And a date with a weekday it does not
fall on, that with its month one off (or its year one keystroke off) falls on that weekday
on the publication day itself, while as written it lies before another day the article
reports: \"ujar komandan, pada Rabu (18/5/2025)\" in an article of 18 June 2025 that tells
of a sinking \"pada Rabu (4/6/2025)\" dates a statement before what it tells of.

## Why it matters
Either the dateline is wrong (the article was republished or mis-dated by the CMS) or the
dates in the text are. Both mislead readers and break every later check that resolves
\"kemarin\" or \"last year\" against the publication date.

## Example
    DECEMBER 9, 2022
    ... dalam sebuah pernyataan kepada Nikkei pada hari Rabu, 3 Mei 2023.
    ... kunjungan Stoltenberg ke Jepang pada awal 2023 ...

A later date is told as past when its clause has a past marker (`past_markers`: `telah`,
`pernah`, `was`, `said`), when it is the day of a statement (`said Friday`), or when its
weekday is written with it (`Rabu, 3 Mei 2023`: the day something was said or done) and it
lies more than `dateline_schedule_days` (14) after publication; the article's other later
dates are then evidence too.

## Not a conflict
- Scheduled or future events: a clause with a future marker from the rules
  (`akan`, `dijadwalkan`, `diperkirakan`, `will`, `scheduled`, ...) may carry a later date.
- Deadlines and edges of periods: a date right after an `until_words` word (`ditutup
  hingga 30 Juni 2025`, `berlaku mulai 1 Juli 2025`, `until June 30`).
- A later date with neither its weekday nor a past marker: Indonesian writes no tense, and
  such a date is far more often a schedule or a holiday (`cum date tanggal 20 Juni 2025`).
- A later date after an `ahead_words` word in its clause, whatever its weekday: the day of
  what comes after what the clause tells (`beberapa minggu sebelum final ... pada Jumat
  (21/11/2025)`, `menjelang laga`, `ahead of`); and a day of the calendar (`hari libur
  nasional`, `cuti bersama`, `falls on`: future markers; a holiday's date written in full
  after `jatuh pada`, an until word).
- A later date whose weekday fits it, no more than `dateline_calendar_days` (90) ahead and
  with no past marker: written as a schedule writes the coming weeks.
- A date with its weekday on an item of a list (`- Selasa, 15 Juli 2025: ...`), on a
  line of the date and at most `dateline_list_line_words` (3) other words (`Minggu, 17
  Agustus 2025 (HUT ke-80 RI)`), or on a line that opens with the date and a colon (`Kamis,
  25 Desember 2025: Libur nasional ...`, a calendar's entry): a schedule.
- A later month, year or period, whatever the clause's tense (`telah menetapkan biaya pada
  tahun 2026`, `haji tahun 2026`, `kontrak dari 1 Juli 2025 hingga 30 Juni 2031`): a plan
  or a term, unless a `since_words` word stands right before it (`sejak tahun 2026` in an
  article of 2025 is past by its wording) or a `period_past_markers` word before it in its
  clause (English tense: `job growth was higher in 2011` in an article of 2010).
- A day of the coming two weeks with its weekday and no past marker: an announced schedule
  (`ditutup pada Minggu (15/6/2025)` in an article of 11 June, `laga El Clasico pada Minggu
  (26/10/2025)` written the day before).
- Dates resolved from the publication date itself (`kemarin`, `Oktober lalu`, a bare weekday).
- A day of another year that is no slip of the year's digits (`Senin (18/7/2016)` in an
  article of July 2025: a decade-old press conference), or one with a weekday wrong for it
  (that is `weekday`'s to report).
- Dates on lines that link to other articles (`Baca Juga: ...`).

## Tuning
Set `severities: { dateline: warning }` in a rule file given with `--rules DIR`; add words
to `future_markers`, `until_words`, `past_markers` or `skip_lines_starting_with` in the
language files.
",
        hint: Some(crate::reconcile::dateline::hint),
        identity: Identity::OneArticle,
    },
    KindInfo {
        kind: Kind::Weekday,
        id: "weekday",
        default_severity: Severity::Warning,
        summary: "a weekday written next to a date that falls on another day",
        explanation: "\
## What it flags
A day name written next to a date, where the date falls on a different day of the week:
`Kamis, 5 Maret 2024` (5 March 2024 was a Tuesday), `Jumat (11/6/2025)`.

## Why it matters
One of the two is wrong, and a reader cannot tell which: the event may be dated a day or
a month off. It is the most common date typo in news copy.

## Example
    ... kata Menteri dalam jumpa pers, Kamis (5/3/2024).

## Not a conflict
- A weekday that only resolves a relative date (`pada hari Rabu` with no date next to it).
- A day name that is part of a name (`salat Jumat`, `Black Friday`): see `weekday_blockers`.
- A date without a year is checked against the year nearest the publication date only.
- A day name that fits the same day of the month in another year or month the story
  writes with that day name: reported as a `date` slip instead (see `factlint explain date`).

## Tuning
Set `severities: { weekday: info }` in a rule file given with `--rules DIR`.
",
        hint: Some(crate::reconcile::weekday::hint),
        identity: Identity::OneArticle,
    },
    KindInfo {
        kind: Kind::Spelling,
        id: "spelling",
        default_severity: Severity::Warning,
        summary: "one name written in near-miss forms that no alias explains",
        explanation: "\
## What it flags
One person or institution whose name is written in two forms that differ by a typo:
`Temptle University` in one article, `Universitas Temple` in another. The evidence lists
every span of the rarer forms, and of the form most articles use its first span in each
article; the message says which form most articles use. Also a long form written with its
acronym that another related article writes with one word changed: `Sistem Penerimaan Murid
Baru (SPMB)` and `Seleksi Penerimaan Murid Baru (SPMB)`. And one flight, train, document or
ship written with two numbers one edit apart (a digit changed, added, dropped, or two
swapped): `GA-652` in three articles and `GA-625` in one, `PP Nomor 62 Tahun 2013` and `PP
26/2013`, `KRI Teluk Lada-521` and `KRI Teluk Lada (512)`, a vehicle's plate `B 4817 QZA` and
`B 4871 QZA` (the region and the letters say which vehicle, so even one article writing
both is a slip). And one of a list of people named by initials written two ways by two
related articles: `pelaku berinisial QJ dan WH` and `QJ dan WJ`. And one capitalised word
written alone with no cue (`lokasi wisata Paiynemo`) one keystroke off a word of a name
that two or more articles of the same story write (`Pulau Piaynemo`).

## Why it matters
A misspelt name is the error readers notice first and the one that draws corrections.
Across outlets it also hides that two reports speak of the same source.

## Example
    ... kata ilmuwan politik James Brown dari kuil Temptle University.
    Profesor James Brown dari Universitas Temple menyebut ...

## Not a conflict
- Forms of one known name in `rules/aliases.yaml`: `Cina`, `China`, `Tiongkok`; `AS`,
  `Amerika Serikat`, `United States`. Two different known names are never confused
  (`Austria`, `Australia`).
- The same institution in two languages: `Universitas Temple` = `Temple University`
  (`institutions` and `name_words` in the language files).
- An ending left by translation (`kunjungan Ruttes`): `inflections` in the language files.
- Hyphen and case differences: `Hinata-Yamaguchi` = `Hinata Yamaguchi`.
- Two people who share a surname but have different given names.
- Two forms each written by two articles or more in different stories (`Kabupaten Badung`
  in Bali reports, `Kabupaten Bandung` in West Java ones): each is a name in use. A form
  that meets none of the others is left out of the conflict of those that do, and so are
  the forms that were one slip from it only (`Babak I Bek`, `Babak I Di`: each a word off
  `Batak I` of another story, not off each other).
- Words shorter than `spelling_min_chars` letters, where one letter makes a different name.
- A word written alone with no cue that differs from a name's word by a letter changed for
  a key that does not touch it (`Libra`, `Libya`; `keyboard_rows` in `rules/settings.yaml`), that is a word of a name written with a cue somewhere in the run, or
  that stands in an article of another story.
- Long forms of one acronym that differ in more than one word (two names that share it,
  `Tes Potensi Akademik` / `Tempat Pembuangan Akhir`; or one name in two languages, `Mass
  Rapid Transit` / `Moda Raya Terpadu`), or whose initials do not spell it (a translation:
  `Organisasi Perburuhan Internasional (ILO)`).
- Numbers that no word announces as a flight, document or ship (`Galaxy A17`, `U23`,
  `Airbus A320`): models and groups, not identifiers (`identifiers` in the language files).
- Two numbers of one airline, or of one type of document, that one article writes both
  (`IU-356` and `IU-357`, a flight and its return), that articles of different stories
  write, or that two articles write once each with nothing else to say which is meant;
  two documents that say they are about different things (`tentang ...`).
- Two plates of other letters (`B 1234 ABC`, `B 1243 XYZ`: two vehicles), or side by side
  in one sentence (a fleet's cars numbered in a row).
- Lists of initials of different length, or differing in more than one letter or item; an
  initial alone (`AR` and `AS`); lists said to be of different roles (suspects and
  victims: `initials.roles` in the language files); two lists with no cue word
  (`berinisial`, `tersangka`) before either (acronyms of institutions); an article that
  names both odd initials (two people).

## Tuning
`spelling_similarity` (0.8) and `spelling_min_chars` (5) in `settings`; add the forms of a
name to `aliases` to declare them the same entity. The severity follows the evidence: one
form written by `spelling_strong_articles` (3) articles or more against forms of one article
each raises a warning to an error.
",
        hint: None,
        identity: Identity::Values,
    },
    KindInfo {
        kind: Kind::Title,
        id: "title",
        default_severity: Severity::Warning,
        summary: "one person given incompatible titles or roles at the same time",
        explanation: "\
## What it flags
One person given two titles that cannot both hold at the same time: `Menteri Luar Negeri`
in one article and `Menteri Perdagangan` in another, `Gubernur` and `Wakil Gubernur`,
`Menteri Luar Negeri` and `Wakil Menteri Luar Negeri` (each title's deputy, made by the
`deputies` words, holds its exclusive groups), two police ranks (`AKBP Sumarni` and `AKP
Sumarni`) or two military ranks (`Letkol Inf Tamaji Hartono` and `Kolonel Tamaji Hartono`),
or a military rank for someone the other sources name only by a civilian office
(`Menteri Pertahanan Jepang Jenderal Nakatani` where another source writes `Gen Nakatani`).

## Why it matters
A wrong office misinforms readers about who decides what, and a mistranslated given name
(`Gen` read as General) turns a civilian into an officer.

## Example
    Menteri Pertahanan Jepang, Gen Nakatani, ...
    Menteri Pertahanan Jepang Jenderal Nakatani (barisan depan, paling kiri) ...

## Not a conflict
- Abbreviations and translations of one title: `PM` = `Perdana Menteri` = `Prime Minister`,
  `Sekjen` = `Sekretaris Jenderal`, `Prof.` = `Profesor`.
- Compatible descriptions: `Profesor` and `ilmuwan politik`; a title of no `exclusive`
  group never conflicts.
- Titles in different time scopes (publication dates or dates in the sentence further apart
  than `scope_tolerance_days`): a deputy who became governor.
- Former offices: `mantan`, `pendahulunya`, `former` before the title.
- A rank held in retirement (`Purn.`, `retired` near the rank).
- Two titles written with names that are near-miss spellings of each other, neither a part
  of the other (`AKP Agus Priyanto`, `Aiptu Agus Riyanto`): they may be two people. A
  surname written with the full name elsewhere (`AKBP Sumarni Putri`, `AKP Sumarni`) is one.

## Tuning
The `titles` lists in the language files (`class`, `exclusive`) and `title_rules` in
`settings.yaml`; `severities: { title: info }` to demote.
",
        hint: None,
        identity: Identity::Subject,
    },
    KindInfo {
        kind: Kind::Affiliation,
        id: "affiliation",
        default_severity: Severity::Warning,
        summary: "one person placed at two different institutions at the same time",
        explanation: "\
## What it flags
One person tied to two different institutions of one exclusive category (universities) in
the same time scope: `Profesor Laila Ananta dari Universitas A` in one article, `Laila
Ananta, pengajar di Universitas B` in another.

## Why it matters
An expert's institution is how readers weigh what the expert says; a wrong one also
wrongs both institutions.

## Example
    Michito Tsuruoka, seorang profesor di Universitas Keio, mengatakan ...
    ... kata Michito Tsuruoka dari Universitas Waseda.

## Not a conflict
- One institution written two ways (`Universitas Temple`, `Temple University`, or a typo,
  which is a `spelling` conflict instead).
- Institutions of different categories (a university and a ministry): see
  `exclusive_affiliations` in `settings.yaml`.
- Where someone only was: `di`/`at` tie a person to an institution only after a role
  (`seorang profesor di ...`).
- Time scopes further apart than `scope_tolerance_days`.

## Tuning
`entity_cues.affiliation` in the language files, `exclusive_affiliations` in settings.
",
        hint: None,
        identity: Identity::Subject,
    },
    KindInfo {
        kind: Kind::Count,
        id: "count",
        default_severity: Severity::Warning,
        summary: "one quantity at one time given different numbers",
        explanation: "\
## What it flags
Two counts of the same quantity (the same counted thing, the same subjects and predicate
words) for the same time that cannot both be true: `1.250 warga mengungsi` in one article,
`1.520 warga mengungsi` in another published the same day, or 14 and later 17 dead in one
article for the same moment. Approximate and bounded counts are ranges: a conflict needs
ranges that do not overlap. A figure that is lower on a later day is a conflict too when it
is a tally the rules know to only rise (a concept of an `exclusive` group in `events.yaml`:
the dead, the injured, bodies found) and not one that may become fewer (`falls: true`: the
missing, evacuees): 12 dead on Monday and 7 on Tuesday cannot both be right. A lower later
figure of anything else (shares that rose, comments under a post) is an update, unless the
two figures are the same digits with two side by side swapped (a delegation of 54 on Monday
and of 45 on Tuesday: an outlet's slip). A strict bound
leaves out its number: `lebih dari 14 orang` and `14 orang` disagree. A fixed measure of one
event (`measures` in `numbers.yaml`: a quake's depth, `kedalaman 47 km` and `kedalaman 70
kilometer`; its magnitude, `magnitudo 4,8` and `M4,9`) has one value on every day, so two
that differ are a conflict whatever their days.
Two figures of one article are compared when one is in its headline or lead (a text scraped
with no paragraph breaks leads up to its first sentence end `count_lead_chars` characters in
or later). Two figures deep in its body are most often two quantities; they are compared only
when they stand in sentences next to each other and one is given by at least
`count_corroborating_articles` (2) other articles, the other by none (`dicecar dua pertanyaan`
right before `ada sekitar 12 pertanyaan`, every other outlet saying 12).
A match score (`menang 4-0`, `skor akhir 5-0`, `beat Japan 6-0`: two numbers joined by a dash
after a `scores` cue in `numbers.yaml`) is compared as a pair within its article: two final
scores of its match (`berakhir 0-6` and `Skor akhir 5-0`), or two scores so far of an
in-match article (a headline `Tertinggal 0-5` and `untuk sementara 4-0`). A plain score in the
headline or lead is the article's: its result, or its score so far when its top says
`untuk sementara`.
A person's age is a quantity of that person (`ages` in the language files: `Budi Santoso
(45)`, `Adam Taju, 72,`, `Agus Salim, yang berusia 52 tahun`, initials `DUL (30)`): one
person given two ages within one story that the time between them cannot explain (a person
ages a year a year).
A scorer's goal minutes are a quantity of that player (`goals` in `numbers.yaml`: `Kamada (15',
45+3')`, `Kamada 15', 45+3'`, `Kamada (menit ke-15 dan 45+6')`, in a sentence with a goal cue):
one player whose goals one story gives as many minutes, all the same but one that differs by a
minute or two (`Conceicao (21', 59')` and `Conceicao (21', 58')`): one outlet misread the clock.

## Why it matters
Numbers are what readers remember and quote. A casualty or evacuee count that differs
between outlets, or within one article, is the first thing a correction has to fix.

## Example
    Sebanyak 1.250 warga mengungsi ke balai desa ...
    ... tercatat 1.520 warga mengungsi ke balai desa ...

## Not a conflict
- One number written two ways: `12 negara` = `dua belas negara lainnya`, `1.500` =
  `seribu lima ratus`, `1,5 juta` = `1.500.000`, `2,000 people` (English) = `2.000 orang`.
- Overlapping approximate counts: `sekitar 1.200` and `lebih dari 1.100`; `ratusan rumah`
  and `320 rumah`; `hampir 50` and `48`; `sedikitnya 14` and `16`.
- A depth of another event: a flood's or a well's (`measures` name the events they are fixed
  for, `of: [gempa]`), an aftershock's (`gempa susulan` anywhere in its sentence), or another
  quake's: two articles whose epicentres (`slips_only` coordinates, `8,08° Lintang Selatan`)
  are neither within tolerance nor one slip apart tell of two quakes.
- Different quantities with the same noun: `300 rumah rusak` and `1.200 rumah terendam`;
  a predicate of an `exclusive` concept on one side only (`241 people ... killed` and
  `242 passengers on board`, `7 korban luka parah` and `4 korban luka`).
- A count of others (`dua belas negara lainnya`) and a plain count; a count joined to a
  person (`sopir dan 2 penumpangnya meninggal dunia`, `the driver and two passengers`: a
  part of the dead; `sum_joiners`, `sum_members`) and a plain count.
- A part and its whole: `20 bus yang terbakar dari sebanyak 104 bus`, `bagian dari 417 bus`,
  a clause opening with `Dari lima perusahaan ..., hanya satu` (`part_of` and `whole_before`
  in `numbers`); a count with a word of negation in its clause (`satu perusahaan yang
  izinnya tidak dicabut`: `negations` in `events`) and one without; counts more than
  `count_max_ratio` (10) times apart (`1,4 juta bidang tanah` and `200 bidang tanah
  wakaf`): a slip is a digit or two.
- More than `count_max_values` (3) different numbers, none standing out (written by more
  articles than all the others together): several quantities tied together (the dead of
  four disasters, a team's goals of a half, a match and a campaign).
- Counts for different days (publication dates or dates in the sentence): a rising toll, or
  a falling count of the missing, is a `count-update`. A figure over a period (`selama
  periode 5-9 Juni 2025`, `tahun ini`) and one of a day or of another period are two
  quantities, a sum of days and a day's.
- Counts singled out by a modifier on one side only (`tiga jenazah terakhir`, the last three
  bodies found, and `lima jenazah`): `distinct_markers` in `events.yaml`; counts over two
  spans of time (`1.600 pesanan dalam waktu 24 jam`, `2.100 pesanan dalam waktu 48 jam`:
  `duration_before`, `duration_units`).
- Goal minutes of one player that are one minute written two ways (`45+2` and `47`; a half's
  end `45` and `45+6`), that differ in how many goals they count or in more than one minute,
  by more than two minutes (more likely another goal or another match), or across the end of
  a half (`45` and `46`, `45+3` and `46`); minutes in a line-up (`Kamada (Nakamura 46')`, a
  substitution), after a card word or a chance, or in a sentence of another match.
- A supposition against a figure of what was: a count after a `hypothetical` word in its
  sentence (`andai kiper lawan tak melakukan enam penyelamatan, Persib bisa menang lebih dari
  tiga gol`, `if the keeper had not ...`) is compared only with other suppositions.
- One result told from either side: `6-0` and `0-6`. Scores at a half or a minute (`3-0 pada
  babak pertama`, `skor 1-0 di menit ke-20`), scores that changed (`menjadi 2-0`), two plain
  scores with no time word beside either (a round-up headline), scores of an earlier meeting
  (`pernah menang 1-0`, a past date in the sentence), of a penalty shoot-out, an aggregate or
  a vote (`not_scores`), lists of set scores (`21-19, 15-21`), two results in one sentence
  (`menang 3-1, sementara ... imbang 2-2`), and the scores of an article that pairs two
  matches (`A vs B` ... `C vs D`) or of a sentence naming teams its top never names
  (`Australia menang 2-1 atas Arab Saudi`). `untuk sementara` beside a result the top gives
  is a score that held for a while, not the score so far.
- Ages one birthday apart in reports more than `scope_tolerance_days` apart; the ages of
  two people of one family (`Deepak Yadav (49)` and `Radhika Yadav (25)`: an age after a
  surname alone is not read); a number in brackets under 10 after a name (a seed or a rank).
- Not counts at all: years, times (`pukul 14.30`), percentages, list numbers (`1. ...`),
  ordinals and names (`Perang Dunia II`, `Kelompok Tujuh`), phone numbers, durations,
  money (`Rp208,1 miliar`: `money_before`; `1,2 miliar dollar AS`: `not_counted`), and
  measures written with a unit (`100 ml`, `1.498 cc`, `5.000 mAh`: `not_counted`).

## Tuning
`numbers` in the language files (number words, `bounds`, `not_counted`, `not_after`,
`part_of`, `whole_before`, `bounds_after`, `money_before`, `measures`, `scores`, `goals`),
`events` (stopwords, `concepts` and their `exclusive` groups and `falls`, `distinct_markers`,
`negations`, `duration_before`, `duration_units`), and the `event_*`,
`approximate_tolerance`, `count_scope_days`, `count_event_max_days`, `count_max_ratio`, `count_max_values`, `count_corroborating_articles`, `count_lead_chars` and `count_year_*`
settings; `severities: { count: info }` to demote.
",
        hint: None,
        identity: Identity::Noun,
    },
    KindInfo {
        kind: Kind::CountUpdate,
        id: "count-update",
        default_severity: Severity::Info,
        summary: "one quantity given different numbers on different days (an update)",
        explanation: "\
## What it flags
The same quantity reported with different numbers for different days: a death toll of 9
in an article published on 3 March, 14 on 4 March. Usually a developing story, not an
error; the message names both dates so an editor can check that the newest figure is used.

## Why it matters
An article that still quotes yesterday's toll next to today's reports is out of date; an
archive that mixes them needs the dates to make sense.

## Example
    (3 March) Sebanyak 9 orang meninggal dunia ...
    (4 March) Korban meninggal bertambah menjadi 14 orang ...

## Not a conflict
Everything that is no `count` conflict; and counts that agree. A lower figure a later day
of a tally that cannot become fewer (the dead, the injured), or the earlier figure with two
digits swapped (`54` and `45`), is a `count` conflict, not an update; of anything else it is
an update (within one day a lower figure is an update: water, the flooded and the evacuated
recede).

Counts of one day given for times of day an hour or more apart are an update too: `3 RT
terendam` as of `per pukul 14.00 WIB`, `1 RT` as of `hingga ... pukul 18.00 WIB` is water
receding. A count's time of day is the one in its sentence, else the one its article gives
its figures as of (an `as_of` word of the rules before it); an event's time (`banjir melanda ...
pukul 01.02 WIB`) in another sentence is none.

## Tuning
`count_scope_days` in settings (counts further apart than this are different times);
`count_clock_gap_minutes` (60: counts of one day as of times this far apart are different
times; 0 reads no times of day);
`count_event_max_days` (60: counts further apart than this are different events, so
neither a conflict nor an update);
`severities: { count-update: info }` is the default; raise it to fail CI on updates.
",
        hint: Some(crate::reconcile::count_update_hint),
        identity: Identity::Noun,
    },
    KindInfo {
        kind: Kind::Date,
        id: "date",
        default_severity: Severity::Warning,
        summary: "one event given different dates",
        explanation: "\
## What it flags
The same event (the same subjects and predicate words, e.g. a signing or a landslide) given
dates that cannot both be true, at the precision both give: `Senin (3/3/2025)` in three
articles, `Minggu (2/3/2025)` in a fourth.

Also a date whose day name is wrong for it but right for the same day of the month in
another year or month that the story writes with that day name: `Rabu malam (28/5/2024)`
where the story has `Rabu (28/5/2025)` (28 May 2024 was a Tuesday). The date, not the day
name, is what is wrong: the year (or the month) is likely a slip. This replaces the
`weekday` report for that date; when a slip in the year and one in the month would both
fit, or the story has no such date, the `weekday` report stands. One slip written twice, or
by two articles of one story, is one conflict listing every span that writes it.

## Why it matters
When something happened is the second thing readers check; a wrong date also breaks every
timeline built from the archive.

## Example
    Rutte mengambil alih dari pendahulunya pada Oktober tahun lalu.  (2025)
    ... sejak menjabat pada Oktober 2024, Rutte ...

## Not a conflict
- Dates at different precision that agree: `Oktober 2024` and `17 Oktober 2024`;
  `tahun lalu` (resolved against the publication date) and `2024`; `awal 2023` and
  `30 Januari 2023`.
- Different events on different days (an arrival on Monday, a signing on Tuesday): their
  predicate words differ.
- Two dates in one sentence, or in one article: an article tells a sequence of events in
  the same words (a cum date and an ex date, two storms `terpantau pertama kali`, the birth
  years of three people), so shared words do not make two of its dates one event. Its
  slips (above) are still reported.
- One relative date written alike in two articles (`Kamis`, `awal pekan ini`): resolved
  against two publication dates they differ, but the sources say the same thing. Nor are
  two relative dates of articles of different days that both count days or weeks from
  publication (`hari ini`, `kemarin`, `pekan ini`): each is a day of its own outlet's
  time (two articles a week apart on `laga paling menarik pekan ini` speak of two matches).
- A relative date and any date of an article published more than `relative_date_max_days`
  (7) days apart: `Kamis` means a day of its own article's week.
- Two dates more than `date_event_max_days` (400) days apart: a slip of one digit of the
  year is near (`2024` for `2025`); `1993` and `2015-03-26` are two signings.
- Two dates more than `date_near_days` (31) days apart that are no slip of one figure:
  they differ in more than one of day, month and year, or in a month named without a day
  (a meeting `pada Juli 2024` and one on `Jumat (13/6/2025)`; `Februari 2025` and 13 June
  2025). A slip is reported: `13 Juni 2024`, or `13 Mei 2025`, for 13 June 2025.
- A date of a list of dates (`pada 7, 8, dan 9 November 2025`, `Jumat (7/11/2025), Sabtu
  (8/11/2025), dan Minggu (9/11/2025)`: `date_list_joins`): one of several days, a
  timetable's, not the one day of an event. Nor a date after an `as_of` word that makes it
  the instance of a series (`pengawasan periode Mei 2025`, `the edition of October 2024`)
  or the baseline of a comparison (`naik 81% dibandingkan tahun 2023`).
- Two dates whose only common subjects are places and that share one content word: an
  event is what happened and to whom, not where (`Indonesia menjamu Jepang pada November
  2024` and `Indonesia menjamu Bahrain pada Maret`; two trails of Mount Fuji `dibuka` on two
  days). A light verb (`light`: `dilakukan`, `dijadwalkan`, `berlaku`) is never the word two
  dates share.
- Words that say who, not what happened: a title of the rules (`President`, `majority
  leader`, `the congressman`) and a word the article writes capitalised inside sentences
  and never in lower case, even where it opens a sentence (`Trump tweeted Tuesday`, `the
  White House`), are no content words.
- Articles' own publication or update stamps in their headers (`Tribun-Medan.com, tayang
  Senin, 9 Juni 2025`: `publication_words` in the language files): no event's dates.

## Evidence and severity
Two articles of one outlet that give one event two dates, one each, with no day name that
does not fit and no figure slipped, leave nothing to tell which is right, and are as often
two editions of one series on two days (two days' horoscopes or gold prices, two matches):
such a conflict, with no date written by `date_corroborating_articles` (2) articles, is an
`info`. Two outlets' accounts stay a warning. On 3,929 articles of 3-11 June 2025 of one
scraper, 19 of 25 such warnings became infos; one of them read as real (a year slipped in
a copied paragraph), the rest as two events.

## Tuning
`events` in the language files (stopwords, `concepts`), and the `event_similarity`,
`event_min_shared`, `event_window_words`, `relative_date_max_days`, `date_event_max_days`,
`date_near_days` and `date_corroborating_articles` settings; `date_list_joins` and `as_of` in the language files;
`severities: { date: info }`.
",
        hint: None,
        identity: Identity::Values,
    },
];

impl Kind {
    /// This kind's registry entry in [`KINDS`].
    pub fn info(self) -> &'static KindInfo {
        KINDS
            .iter()
            .find(|k| k.kind == self)
            .expect("every kind has a registry entry")
    }

    /// This kind's id (`count-update`), as in [`KindInfo::id`].
    pub fn id(self) -> &'static str {
        self.info().id
    }

    pub(crate) fn from_id(id: &str) -> Option<Kind> {
        KINDS.iter().find(|k| k.id == id).map(|k| k.kind)
    }
}

/// `factlint explain ID`: the kind's explanation under its headings, then how to silence it;
/// an error listing the known ids when `id` is none of them.
pub fn explain(id: &str) -> crate::error::Result<String> {
    let k = Kind::from_id(id).ok_or_else(|| crate::error::Error::Input {
        path: id.to_string(),
        message: format!(
            "unknown conflict kind (known: {})",
            KINDS.iter().map(|k| k.id).collect::<Vec<_>>().join(", ")
        ),
    })?;
    let info = k.info();
    Ok(format!(
        "# {} ({}, default severity {})\n\n{}\n{}",
        info.id,
        info.summary,
        info.default_severity.as_str(),
        info.explanation,
        silencing(info.id)
    ))
}

/// How to silence a kind, the same for every kind.
fn silencing(id: &str) -> String {
    format!(
        "## Silencing it
- For a whole project: `severity: {{ {id}: off }}` (or `info`) in factlint.yaml.
- For one conflict: mark its fingerprint (shown in every format) in a review file,
  `reviews: [{{ fingerprint: ..., status: not-a-conflict, comment: ... }}]`, and pass it with
  `--review FILE` or `review:` in factlint.yaml.
- For everything known today: `factlint baseline PATH... -o factlint-baseline.json`, then
  `--baseline factlint-baseline.json` reports only new conflicts.
"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_lists_each_kind_once_with_all_headings() {
        for (i, k) in KINDS.iter().enumerate() {
            assert_eq!(Kind::from_id(k.id), Some(k.kind));
            assert!(KINDS[i + 1..]
                .iter()
                .all(|o| o.id != k.id && o.kind != k.kind));
            for heading in [
                "## What it flags",
                "## Why it matters",
                "## Example",
                "## Not a conflict",
            ] {
                assert!(k.explanation.contains(heading), "{} lacks {heading}", k.id);
            }
        }
    }
}
