//! A deterministic generator of synthetic news corpora with planted conflicts, for
//! factlint's benchmarks and quality measurements.
//!
//! `Corpus::new(&Params)` plans a corpus: stories (a disaster, a state visit, a public works
//! project), each with its own invented people, titles, places, institutions, dates and
//! counts, the articles of each story, and which articles carry a planted conflict. Then
//! `Corpus::article(i)` writes article `i` (about 5 KB, Indonesian mostly, about one in seven
//! English) on demand, so a corpus of any size streams to disk in constant memory.
//!
//! Planted conflicts (at most one per article):
//! - `spelling`: one entity the whole story names (its main official, its expert, the
//!   expert's institution) misspelt throughout the article by one typist's slip;
//! - `count`: a count every article of the story states (for the same day) given another
//!   number;
//! - `weekday`: the event's date written with a weekday it does not fall on.
//!
//! The output depends only on the parameters: no clock, no environment, no hash order, and
//! a PRNG of our own (`rng.rs`), so it is byte-identical on every machine.
//!
//! Shared by `examples/gen.rs` (writes a corpus and its `manifest.json`) and
//! `benches/stages.rs` (generates inputs in memory).

pub mod names;
pub mod pipeline;
pub mod rng;
pub mod words;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

use names::{misspell, Pool, Style};
use rng::Rng;
use words::{cap, digits, long_date, month_year, number_words, numeric_date, weekday, Lang};

/// Opens and closes the text of a plant while an article is written; removed from the
/// output, their positions become the plant's spans.
pub const OPEN: char = '\u{1}';
pub const CLOSE: char = '\u{2}';

/// What to generate.
#[derive(Debug, Clone)]
pub struct Params {
    pub articles: usize,
    pub seed: u64,
    /// Number of stories; by default one per 20 articles, at most 500 (50 stories for
    /// 1,000 articles, 500 from 10,000 on).
    pub stories: Option<usize>,
    /// Percentage of articles with each kind of plant (spelling, count, weekday).
    pub plant_percent: u32,
}

impl Params {
    pub fn new(articles: usize, seed: u64) -> Params {
        Params {
            articles,
            seed,
            stories: None,
            plant_percent: 3,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Disaster,
    Visit,
    Project,
}

impl Kind {
    fn id(self) -> &'static str {
        match self {
            Kind::Disaster => "disaster",
            Kind::Visit => "visit",
            Kind::Project => "project",
        }
    }
}

/// A person: given name and surname, and the title they hold in the story.
#[derive(Debug, Clone)]
struct Person {
    given: String,
    surname: String,
}

/// An institution: `Universitas X` / `X University`, `Institut Teknologi X` /
/// `X Institute of Technology`, `PT X Y`.
#[derive(Debug, Clone)]
struct Inst {
    head: Head,
    words: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Head {
    University,
    Institute,
    Company,
}

impl Inst {
    fn name(&self, lang: Lang, words: &[String]) -> String {
        let w = words.join(" ");
        match (self.head, lang) {
            (Head::University, Lang::Id) => format!("Universitas {w}"),
            (Head::University, Lang::En) => format!("{w} University"),
            (Head::Institute, Lang::Id) => format!("Institut Teknologi {w}"),
            (Head::Institute, Lang::En) => format!("{w} Institute of Technology"),
            (Head::Company, _) => format!("PT {w}"),
        }
    }
}

// People of a story, by role.
/// Disaster: head of the disaster agency; visit: the visiting minister; project: the
/// minister who opens it.
const P_MAIN: usize = 0;
/// Disaster: regent; visit: the host minister; project: governor.
const P_HOST: usize = 1;
/// Disaster: social affairs minister; visit: trade minister; project: the contractor's
/// president director.
const P_THIRD: usize = 2;
/// The expert every article quotes.
const P_EXPERT: usize = 3;
/// Disaster: a resident; visit: the ambassador; project: the regent.
const P_EXTRA: usize = 4;
const PEOPLE: usize = 5;

/// The expert's institution.
const I_EXPERT: usize = 0;
/// A company.
const I_COMPANY: usize = 1;

// Counts of a story, by kind; the first two are stated by every article.
const COUNTS: usize = 6;

#[derive(Debug, Clone, Copy)]
struct CountDef {
    noun_id: &'static str,
    noun_en: &'static str,
    min: u32,
    max: u32,
}

const DISASTER_COUNTS: [CountDef; COUNTS] = [
    // dead, displaced, injured, houses, villages, personnel
    CountDef {
        noun_id: "orang",
        noun_en: "people",
        min: 3,
        max: 60,
    },
    CountDef {
        noun_id: "warga",
        noun_en: "residents",
        min: 300,
        max: 9000,
    },
    CountDef {
        noun_id: "orang",
        noun_en: "people",
        min: 5,
        max: 150,
    },
    CountDef {
        noun_id: "rumah",
        noun_en: "houses",
        min: 20,
        max: 900,
    },
    CountDef {
        noun_id: "desa",
        noun_en: "villages",
        min: 3,
        max: 25,
    },
    CountDef {
        noun_id: "personel",
        noun_en: "personnel",
        min: 150,
        max: 1500,
    },
];
const VISIT_COUNTS: [CountDef; COUNTS] = [
    // agreements, business leaders, scholarships, companies, students, projects
    CountDef {
        noun_id: "perjanjian",
        noun_en: "agreements",
        min: 3,
        max: 15,
    },
    CountDef {
        noun_id: "pengusaha",
        noun_en: "executives",
        min: 15,
        max: 120,
    },
    CountDef {
        noun_id: "beasiswa",
        noun_en: "scholarships",
        min: 20,
        max: 500,
    },
    CountDef {
        noun_id: "perusahaan",
        noun_en: "companies",
        min: 5,
        max: 60,
    },
    CountDef {
        noun_id: "mahasiswa",
        noun_en: "students",
        min: 40,
        max: 900,
    },
    CountDef {
        noun_id: "proyek",
        noun_en: "projects",
        min: 2,
        max: 12,
    },
];
const PROJECT_COUNTS: [CountDef; COUNTS] = [
    // workers, villages served, heavy equipment, houses relocated, bridges, schools
    CountDef {
        noun_id: "pekerja",
        noun_en: "workers",
        min: 200,
        max: 3000,
    },
    CountDef {
        noun_id: "desa",
        noun_en: "villages",
        min: 4,
        max: 30,
    },
    CountDef {
        noun_id: "alat",
        noun_en: "excavators",
        min: 10,
        max: 80,
    },
    CountDef {
        noun_id: "rumah",
        noun_en: "houses",
        min: 30,
        max: 400,
    },
    CountDef {
        noun_id: "jembatan",
        noun_en: "bridges",
        min: 2,
        max: 40,
    },
    CountDef {
        noun_id: "sekolah",
        noun_en: "schools",
        min: 3,
        max: 35,
    },
];

fn count_defs(kind: Kind) -> &'static [CountDef; COUNTS] {
    match kind {
        Kind::Disaster => &DISASTER_COUNTS,
        Kind::Visit => &VISIT_COUNTS,
        Kind::Project => &PROJECT_COUNTS,
    }
}

/// (Indonesian, English, English adjective) of the visiting countries; all are in
/// rules/aliases.yaml, as real coverage would name them.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("Jepang", "Japan", "Japanese"),
    ("Korea Selatan", "South Korea", "South Korean"),
    ("Prancis", "France", "French"),
    ("Jerman", "Germany", "German"),
    ("Belanda", "Netherlands", "Dutch"),
    ("Italia", "Italy", "Italian"),
    ("Spanyol", "Spain", "Spanish"),
    ("Norwegia", "Norway", "Norwegian"),
    ("Swedia", "Sweden", "Swedish"),
    ("Finlandia", "Finland", "Finnish"),
    ("Polandia", "Poland", "Polish"),
    ("Austria", "Austria", "Austrian"),
    ("Australia", "Australia", "Australian"),
    ("Selandia Baru", "New Zealand", "New Zealand"),
    ("Kanada", "Canada", "Canadian"),
    ("India", "India", "Indian"),
    ("Malaysia", "Malaysia", "Malaysian"),
    ("Singapura", "Singapore", "Singaporean"),
    ("Filipina", "Philippines", "Philippine"),
    ("Thailand", "Thailand", "Thai"),
    ("Vietnam", "Vietnam", "Vietnamese"),
    ("Arab Saudi", "Saudi Arabia", "Saudi"),
    ("Mesir", "Egypt", "Egyptian"),
];

/// (Indonesian, English, Indonesian cause, English cause).
const DISASTERS: &[(&str, &str, &str, &str)] = &[
    (
        "banjir bandang",
        "flash flood",
        "hujan deras yang mengguyur kawasan hulu sungai sejak malam sebelumnya",
        "heavy rain over the upper river since the night before",
    ),
    (
        "tanah longsor",
        "landslide",
        "tanah lereng yang labil setelah diguyur hujan berhari-hari",
        "unstable slopes after days of rain",
    ),
    (
        "gempa bumi",
        "earthquake",
        "pergerakan sesar aktif yang melintasi wilayah tersebut",
        "movement on an active fault beneath the area",
    ),
    (
        "angin puting beliung",
        "tornado",
        "perbedaan tekanan udara yang ekstrem menjelang musim hujan",
        "extreme differences in air pressure before the rainy season",
    ),
];

/// (Indonesian, English) kinds of public works.
const PROJECTS: &[(&str, &str)] = &[
    ("Pelabuhan", "Port"),
    ("Bendungan", "Dam"),
    ("Bandara", "Airport"),
    ("Jalan Tol", "Toll Road"),
    ("Jembatan", "Bridge"),
];

/// One story: what every article about it agrees on, except for the plants.
#[derive(Debug, Clone)]
struct Story {
    index: usize,
    kind: Kind,
    /// The day of the event (disaster, arrival, opening).
    date: NaiveDate,
    /// Regency of the event (disaster, project) or of the visit's second stop.
    place: String,
    province: String,
    people: Vec<Person>,
    insts: Vec<Inst>,
    counts: [u32; COUNTS],
    /// Disaster kind, country, or project kind: an index into the matching table.
    variant: usize,
    /// The project's name word(s).
    project_name: String,
    /// When the host took office (background date every article agrees on).
    took_office: NaiveDate,
    /// Age of the resident (disaster).
    age: u32,
}

impl Story {
    fn id(&self) -> String {
        format!("s{:04}", self.index)
    }
}

/// What an entity plant targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    Person(usize),
    Inst(usize),
}

/// The plant of one article.
#[derive(Debug, Clone)]
enum Plan {
    /// The target's word `word` written `wrong`.
    Spelling {
        target: Target,
        word: usize,
        wrong: String,
    },
    /// Count `fact` written as `wrong`.
    Count { fact: usize, wrong: u32 },
    /// The event date written with weekday `wrong`.
    Weekday { wrong: Weekday },
}

/// The plan of one article.
#[derive(Debug, Clone)]
struct Slot {
    story: usize,
    /// Days after the event.
    offset: i64,
    lang: Lang,
    outlet: usize,
    /// Written as Markdown with YAML front matter.
    front_matter: bool,
    plan: Option<Plan>,
}

/// A planned corpus; articles are written on demand.
pub struct Corpus {
    pub params: Params,
    stories: Vec<Story>,
    slots: Vec<Slot>,
    outlets_id: Vec<String>,
    outlets_en: Vec<String>,
}

/// One planted conflict, as `manifest.json` lists it.
#[derive(Debug, Clone, Serialize)]
pub struct PlantRecord {
    /// `spelling`, `count` or `weekday`: the conflict kind factlint should report.
    pub kind: &'static str,
    /// The article's file name, relative to the corpus folder.
    pub file: String,
    pub story: String,
    /// The article's language: `id` or `en`.
    pub lang: &'static str,
    /// What was changed: `person`, `institution`, a count's noun, or `event date`.
    pub target: String,
    pub wrong: String,
    pub right: String,
    /// Byte ranges `[start, end)` of every wrong form in the file.
    pub spans: Vec<[usize; 2]>,
    /// Another article of the story writes the right form (always true for `weekday`,
    /// which the calendar contradicts).
    pub contradicted: bool,
}

/// One generated article.
pub struct Article {
    pub file: String,
    pub text: String,
    pub plant: Option<PlantRecord>,
}

#[derive(Debug, Clone, Serialize)]
pub struct StoryRecord {
    pub id: String,
    pub kind: &'static str,
    pub date: String,
    pub articles: usize,
}

/// `manifest.json`.
#[derive(Debug, Clone, Serialize)]
pub struct Manifest {
    pub generator: &'static str,
    pub seed: u64,
    pub articles: usize,
    pub bytes: usize,
    pub stories: Vec<StoryRecord>,
    pub plants: Vec<PlantRecord>,
}

impl Corpus {
    pub fn new(params: &Params) -> Corpus {
        let n = params.articles;
        let s = params
            .stories
            .unwrap_or((n / 20).clamp(1, 500))
            .clamp(1, n.max(1));
        let mut rng = Rng::derive(params.seed, 0, 0);
        let mut pool = Pool::new();

        let mut outlets_id = Vec::new();
        let heads_id = [
            "Kabar", "Warta", "Suara", "Harian", "Gema", "Lintas", "Berita",
        ];
        let tails_id = ["", "", " Kini", " Raya", " Daring", " Pos", " Nusantara"];
        for _ in 0..40 {
            let w = pool.word(&mut rng, Style::Indonesian, 5, 9);
            outlets_id.push(format!(
                "{} {w}{}",
                rng.pick(&heads_id),
                rng.pick(&tails_id)
            ));
        }
        let mut outlets_en = Vec::new();
        for k in 0..12 {
            let w = pool.word(&mut rng, Style::Indonesian, 5, 9);
            outlets_en.push(match k % 4 {
                0 => format!("The {w} Herald"),
                1 => format!("{w} Daily"),
                2 => format!("{w} Wire"),
                _ => format!("The {w} Ledger"),
            });
        }

        let start = NaiveDate::from_ymd_opt(2022, 1, 3).unwrap();
        let mut stories = Vec::with_capacity(s);
        for index in 0..s {
            let mut r = Rng::derive(params.seed, 1, index as u64);
            let kind = match r.below(10) {
                0..=3 => Kind::Disaster,
                4..=6 => Kind::Visit,
                _ => Kind::Project,
            };
            let date = start + Duration::days(r.below(1270) as i64);
            let variant = match kind {
                Kind::Disaster => r.below(DISASTERS.len()),
                Kind::Visit => r.below(COUNTRIES.len()),
                Kind::Project => r.below(PROJECTS.len()),
            };
            let mut people = Vec::new();
            for p in 0..PEOPLE {
                let foreign = kind == Kind::Visit && (p == P_MAIN || p == P_EXTRA);
                let style = if foreign {
                    Style::Foreign
                } else {
                    Style::Indonesian
                };
                people.push(Person {
                    given: pool.word(&mut r, style, 3, 8),
                    surname: pool.word(&mut r, style, 6, 9),
                });
            }
            let expert_head = if r.chance(60) {
                Head::University
            } else {
                Head::Institute
            };
            let insts = vec![
                Inst {
                    head: expert_head,
                    words: vec![pool.word(&mut r, Style::Indonesian, 6, 9)],
                },
                Inst {
                    head: Head::Company,
                    words: vec![
                        pool.word(&mut r, Style::Indonesian, 6, 9),
                        pool.word(&mut r, Style::Indonesian, 5, 9),
                    ],
                },
            ];
            let place = pool.word(&mut r, Style::Indonesian, 5, 9);
            let province = format!(
                "{} {}",
                pool.word(&mut r, Style::Indonesian, 5, 9),
                r.pick(&["Utara", "Selatan", "Tengah", "Barat", "Timur", "Raya"])
            );
            let project_name = if variant == 3 && kind == Kind::Project {
                format!("{}-{}", place, pool.word(&mut r, Style::Indonesian, 5, 8))
            } else {
                pool.word(&mut r, Style::Indonesian, 5, 9)
            };
            let mut counts = [0; COUNTS];
            for (c, def) in counts.iter_mut().zip(count_defs(kind)) {
                *c = r.range(def.min, def.max);
            }
            let took_office = date - Duration::days(r.range(200, 900) as i64);
            stories.push(Story {
                index,
                kind,
                date,
                place,
                province,
                people,
                insts,
                counts,
                variant,
                project_name,
                took_office,
                age: r.range(24, 71),
            });
        }

        // Articles per story: two each first (when there are enough), the rest by weight.
        let mut story_of: Vec<usize> = Vec::with_capacity(n);
        let min_each = if n >= 2 * s { 2 } else { 1 };
        for k in 0..(min_each * s).min(n) {
            story_of.push(k % s);
        }
        let weights: Vec<usize> = (0..s).map(|_| 1 + rng.below(4)).collect();
        let total: usize = weights.iter().sum();
        while story_of.len() < n {
            let mut x = rng.below(total);
            let mut k = 0;
            while x >= weights[k] {
                x -= weights[k];
                k += 1;
            }
            story_of.push(k);
        }
        rng.shuffle(&mut story_of);

        let mut slots: Vec<Slot> = story_of
            .iter()
            .enumerate()
            .map(|(i, &story)| {
                let mut r = Rng::derive(params.seed, 2, i as u64);
                let offset = match r.below(100) {
                    0..=34 => 0,
                    35..=69 => 1,
                    70..=89 => 2,
                    _ => 3,
                };
                let lang = if r.chance(15) { Lang::En } else { Lang::Id };
                let outlet = match lang {
                    Lang::Id => r.below(outlets_id.len()),
                    Lang::En => r.below(outlets_en.len()),
                };
                Slot {
                    story,
                    offset,
                    lang,
                    outlet,
                    front_matter: r.chance(8),
                    plan: None,
                }
            })
            .collect();

        // Plants, story by story: each kind in `plant_percent` of the articles, and an entity
        // or a count misstated by at most a third of its story's articles.
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); s];
        for (i, slot) in slots.iter().enumerate() {
            members[slot.story].push(i);
        }
        let p = params.plant_percent as usize;
        for (k, list) in members.iter().enumerate() {
            let story = &stories[k];
            let mut r = Rng::derive(params.seed, 3, k as u64);
            let cap_each = list.len() / 3;
            let mut used: Vec<(Option<Target>, Option<usize>)> = Vec::new();
            for &i in list {
                let x = r.below(100);
                let plan = if x < p {
                    let target = *r.pick(&[
                        Target::Person(P_MAIN),
                        Target::Person(P_EXPERT),
                        Target::Inst(I_EXPERT),
                    ]);
                    let words: Vec<&String> = match target {
                        Target::Person(p) => vec![&story.people[p].surname],
                        Target::Inst(i) => story.insts[i].words.iter().collect(),
                    };
                    let word = match target {
                        Target::Person(_) => 0,
                        Target::Inst(_) => r.below(words.len()),
                    };
                    let wrong = misspell(words[word], &mut r);
                    Some(Plan::Spelling {
                        target,
                        word,
                        wrong,
                    })
                } else if x < 2 * p {
                    let fact = r.below(2);
                    Some(Plan::Count {
                        fact,
                        wrong: wrong_count(story.counts[fact], &mut r),
                    })
                } else if x < 3 * p {
                    let right = story.date.weekday();
                    let shift = *r.pick(&[1u32, 2, 5, 6]);
                    let mut wrong = right;
                    for _ in 0..shift {
                        wrong = wrong.succ();
                    }
                    Some(Plan::Weekday { wrong })
                } else {
                    None
                };
                let key = match &plan {
                    Some(Plan::Spelling { target, .. }) => Some((Some(*target), None)),
                    Some(Plan::Count { fact, .. }) => Some((None, Some(*fact))),
                    _ => None,
                };
                if let Some(key) = key {
                    if used.iter().filter(|u| **u == key).count() >= cap_each {
                        continue;
                    }
                    used.push(key);
                }
                slots[i].plan = plan;
            }
        }

        Corpus {
            params: params.clone(),
            stories,
            slots,
            outlets_id,
            outlets_en,
        }
    }

    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    /// The file name of article `i`.
    pub fn file_name(&self, i: usize) -> String {
        let ext = if self.slots[i].front_matter {
            "md"
        } else {
            "txt"
        };
        format!("{:06}_{}.{ext}", i, self.stories[self.slots[i].story].id())
    }

    /// Writes article `i`.
    pub fn article(&self, i: usize) -> Article {
        let slot = &self.slots[i];
        let story = &self.stories[slot.story];
        let mut w = Writer {
            story,
            slot,
            published: story.date + Duration::days(slot.offset),
            lang: slot.lang,
            rng: Rng::derive(self.params.seed, 4, i as u64),
            outlet: match slot.lang {
                Lang::Id => self.outlets_id[slot.outlet].clone(),
                Lang::En => self.outlets_en[slot.outlet].clone(),
            },
            forms: None,
        };
        let marked = w.write();
        // Strip the markers, keeping where they were.
        let mut text = String::with_capacity(marked.len());
        let mut spans = Vec::new();
        let mut open = 0;
        for c in marked.chars() {
            match c {
                OPEN => open = text.len(),
                CLOSE => spans.push([open, text.len()]),
                _ => text.push(c),
            }
        }
        let file = self.file_name(i);
        let plant = slot.plan.as_ref().map(|plan| {
            let (kind, target, wrong, right) = w.describe(plan);
            PlantRecord {
                kind,
                file: file.clone(),
                story: story.id(),
                lang: match slot.lang {
                    Lang::Id => "id",
                    Lang::En => "en",
                },
                target,
                wrong,
                right,
                spans: spans.clone(),
                contradicted: self.contradicted(i, plan),
            }
        });
        Article { file, text, plant }
    }

    /// Whether another article of `i`'s story writes the form plant `plan` of `i` changes.
    fn contradicted(&self, i: usize, plan: &Plan) -> bool {
        let story = self.slots[i].story;
        let same = |other: &Option<Plan>| match (plan, other) {
            (Plan::Spelling { target: a, .. }, Some(Plan::Spelling { target: b, .. })) => a == b,
            (Plan::Count { fact: a, .. }, Some(Plan::Count { fact: b, .. })) => a == b,
            _ => false,
        };
        match plan {
            Plan::Weekday { .. } => true,
            _ => self
                .slots
                .iter()
                .enumerate()
                .any(|(j, s)| j != i && s.story == story && !same(&s.plan)),
        }
    }

    /// The stories, for the manifest.
    pub fn story_records(&self) -> Vec<StoryRecord> {
        let mut counts = vec![0; self.stories.len()];
        for s in &self.slots {
            counts[s.story] += 1;
        }
        self.stories
            .iter()
            .zip(counts)
            .map(|(s, articles)| StoryRecord {
                id: s.id(),
                kind: s.kind.id(),
                date: s.date.to_string(),
                articles,
            })
            .collect()
    }
}

/// A count that cannot be mistaken for `right`: digits transposed, or off by a fifth or more.
fn wrong_count(right: u32, rng: &mut Rng) -> u32 {
    let s = right.to_string();
    let b = s.as_bytes();
    if b.len() >= 2 && b[0] != b[1] && b[1] != b'0' && rng.chance(50) {
        let mut t = b.to_vec();
        t.swap(0, 1);
        return String::from_utf8(t).unwrap().parse().unwrap();
    }
    let delta = (right / 4).max(2);
    if right > delta + 1 && rng.chance(50) {
        right - delta - rng.range(0, delta / 2)
    } else {
        right + delta + rng.range(0, delta / 2)
    }
}

/// Writes one article.
struct Writer<'a> {
    story: &'a Story,
    slot: &'a Slot,
    published: NaiveDate,
    lang: Lang,
    rng: Rng,
    outlet: String,
    /// The wrong and the right text of a count or weekday plant, once written.
    forms: Option<(String, String)>,
}

fn marked(s: &str) -> String {
    format!("{OPEN}{s}{CLOSE}")
}

impl Writer<'_> {
    fn id(&self) -> bool {
        self.lang == Lang::Id
    }

    /// Picks the Indonesian or the English text.
    fn t<'s>(&self, id: &'s str, en: &'s str) -> &'s str {
        if self.id() {
            id
        } else {
            en
        }
    }

    fn pick<'s>(&mut self, id: &[&'s str], en: &[&'s str]) -> &'s str {
        if self.lang == Lang::Id {
            id[self.rng.below(id.len())]
        } else {
            en[self.rng.below(en.len())]
        }
    }

    fn spelling(&self, target: Target) -> Option<(usize, &str)> {
        match &self.slot.plan {
            Some(Plan::Spelling {
                target: t,
                word,
                wrong,
            }) if *t == target => Some((*word, wrong.as_str())),
            _ => None,
        }
    }

    /// A person's full name (misspelt when planted).
    fn full(&self, p: usize) -> String {
        let person = &self.story.people[p];
        match self.spelling(Target::Person(p)) {
            Some((_, wrong)) => marked(&format!("{} {wrong}", person.given)),
            None => format!("{} {}", person.given, person.surname),
        }
    }

    /// A person's surname (misspelt when planted).
    fn sur(&self, p: usize) -> String {
        match self.spelling(Target::Person(p)) {
            Some((_, wrong)) => marked(wrong),
            None => self.story.people[p].surname.clone(),
        }
    }

    /// An institution's name (misspelt when planted).
    fn inst(&self, i: usize) -> String {
        let inst = &self.story.insts[i];
        match self.spelling(Target::Inst(i)) {
            Some((word, wrong)) => {
                let mut words = inst.words.clone();
                words[word] = wrong.to_string();
                marked(&inst.name(self.lang, &words))
            }
            None => inst.name(self.lang, &inst.words),
        }
    }

    /// `12 orang`, `dua belas orang`, `1.250 warga` (the planted number when planted).
    fn count(&mut self, fact: usize) -> String {
        let def = count_defs(self.story.kind)[fact];
        let right = self.story.counts[fact];
        let words = self.rng.chance(30);
        let text = |n: u32| {
            let noun = if self.lang == Lang::Id {
                def.noun_id
            } else {
                def.noun_en
            };
            if words && n < 100 {
                format!("{} {noun}", number_words(self.lang, n))
            } else {
                format!("{} {noun}", digits(self.lang, n))
            }
        };
        match &self.slot.plan {
            Some(Plan::Count { fact: f, wrong }) if *f == fact => {
                let (w, r) = (text(*wrong), text(right));
                self.forms = Some((w.clone(), r));
                marked(&w)
            }
            _ => text(right),
        }
    }

    /// A date with its preposition: `pada Senin (3/6/2024)`, `pada 3 Juni 2024`, `kemarin`,
    /// `on Monday, June 3, 2024`, `yesterday`. `explicit` asks for a form with the weekday
    /// and the full date (the lead's, where a weekday plant goes).
    fn when(&mut self, d: NaiveDate, explicit: bool) -> String {
        let off = (self.published - d).num_days();
        let form = if explicit {
            self.rng.below(2)
        } else {
            self.rng.below(if (0..=6).contains(&off) { 6 } else { 3 })
        };
        let lang = self.lang;
        let with_weekday = |wd: Weekday| match (lang, form) {
            (Lang::Id, 0) => format!("{} ({})", weekday(lang, wd), numeric_date(d)),
            (Lang::Id, _) => format!("{}, {}", weekday(lang, wd), long_date(lang, d)),
            (Lang::En, 0) => format!("{}, {}", weekday(lang, wd), long_date(lang, d)),
            (Lang::En, _) => format!(
                "{} ({} {})",
                weekday(lang, wd),
                words::month(lang, d.month()),
                d.day()
            ),
        };
        let s = match (lang, form) {
            (_, 0 | 1) => match &self.slot.plan {
                // Only the lead's date carries a weekday plant.
                Some(Plan::Weekday { wrong }) if explicit && d == self.story.date => {
                    let (w, r) = (with_weekday(*wrong), with_weekday(d.weekday()));
                    self.forms = Some((w.clone(), r));
                    marked(&w)
                }
                _ => with_weekday(d.weekday()),
            },
            (_, 2) => long_date(lang, d),
            (Lang::Id, _) if off == 1 => return "kemarin".into(),
            (Lang::Id, _) if off == 0 && form == 3 => return "hari ini".into(),
            (Lang::Id, _) => format!("hari {}", weekday(lang, d.weekday())),
            (Lang::En, _) if off == 1 => return "yesterday".into(),
            (Lang::En, _) => weekday(lang, d.weekday()).to_string(),
        };
        format!("{} {s}", self.t("pada", "on"))
    }

    /// The right and wrong forms of the plant.
    fn describe(&self, plan: &Plan) -> (&'static str, String, String, String) {
        let story = self.story;
        match plan {
            Plan::Spelling {
                target,
                word,
                wrong,
            } => match *target {
                Target::Person(p) => {
                    let person = &story.people[p];
                    (
                        "spelling",
                        "person".into(),
                        format!("{} {wrong}", person.given),
                        format!("{} {}", person.given, person.surname),
                    )
                }
                Target::Inst(i) => {
                    let inst = &story.insts[i];
                    let mut words = inst.words.clone();
                    words[*word] = wrong.clone();
                    (
                        "spelling",
                        "institution".into(),
                        inst.name(self.lang, &words),
                        inst.name(self.lang, &inst.words),
                    )
                }
            },
            Plan::Count { fact, .. } => {
                let def = count_defs(story.kind)[*fact];
                let (w, r) = self.forms.clone().expect("count plant written");
                ("count", self.t(def.noun_id, def.noun_en).to_string(), w, r)
            }
            Plan::Weekday { .. } => {
                let (w, r) = self.forms.clone().expect("weekday plant written");
                ("weekday", "event date".into(), w, r)
            }
        }
    }

    /// The whole article, with plant markers.
    fn write(&mut self) -> String {
        let mut out = String::with_capacity(6000);
        let headline = self.headline();
        let published = self.published;
        if self.slot.front_matter {
            out.push_str(&format!(
                "---\npublished: {published}\nsource: {}\ntitle: \"{headline}\"\n---\n\n",
                self.outlet
            ));
        } else {
            let line = match (self.lang, self.rng.below(3)) {
                (Lang::Id, 0) => format!(
                    "{}, {} | {:02}:{:02} WIB",
                    weekday(Lang::Id, published.weekday()),
                    long_date(Lang::Id, published),
                    self.rng.range(6, 22),
                    self.rng.range(0, 59)
                ),
                (Lang::Id, 1) => format!("{}, {}", self.outlet, long_date(Lang::Id, published)),
                (Lang::Id, _) => long_date(Lang::Id, published),
                (Lang::En, 0) => long_date(Lang::En, published),
                (Lang::En, 1) => long_date(Lang::En, published).to_uppercase(),
                (Lang::En, _) => format!(
                    "{}, {:02}-{:02}-{} | {:02}:{:02} am",
                    weekday(Lang::En, published.weekday()),
                    published.day(),
                    published.month(),
                    published.year(),
                    self.rng.range(6, 11),
                    self.rng.range(0, 59)
                ),
            };
            out.push_str(&line);
            out.push('\n');
            out.push_str(&self.outlet);
            out.push_str("\n\n");
            out.push_str(&headline);
            out.push_str("\n\n");
        }

        let (lead, core, optional) = match self.story.kind {
            Kind::Disaster => self.disaster(),
            Kind::Visit => self.visit(),
            Kind::Project => self.project(),
        };
        let mut paragraphs: Vec<String> = core;
        for p in optional {
            if self.rng.chance(60) {
                paragraphs.push(p);
            }
        }
        self.rng.shuffle(&mut paragraphs);
        let city = match self.story.kind {
            Kind::Visit => "JAKARTA".to_string(),
            _ => self.story.place.to_uppercase(),
        };
        let lead_line = match self.lang {
            Lang::Id => format!("{city}, {} - {lead}", self.outlet),
            Lang::En => format!("{city} ({}) - {lead}", self.outlet),
        };
        out.push_str(&lead_line);
        out.push_str("\n\n");
        let target = 4200 + self.rng.below(1800);
        let mut k = 0;
        while k < paragraphs.len() || out.len() < target {
            if k < paragraphs.len() {
                out.push_str(&paragraphs[k]);
                out.push_str("\n\n");
                k += 1;
            }
            if out.len() < target && (k >= paragraphs.len() || self.rng.chance(60)) {
                let p = self.filler_paragraph();
                out.push_str(&p);
                out.push_str("\n\n");
            }
        }
        if self.rng.chance(30) {
            let line = self.pick(
                &["Baca juga: Warga Diminta Waspada Cuaca Ekstrem Sepekan ke Depan"],
                &["Read more: Weather agency warns of extreme rain this week"],
            );
            out.push_str(line);
            out.push('\n');
        }
        while out.ends_with('\n') {
            out.pop();
        }
        out.push('\n');
        out
    }

    fn headline(&mut self) -> String {
        let s = self.story;
        match s.kind {
            Kind::Disaster => {
                let (id, en, _, _) = DISASTERS[s.variant];
                let place = &s.place;
                match self.lang {
                    Lang::Id => match self.rng.below(3) {
                        0 => format!(
                            "{} Terjang Kabupaten {place}, Warga Diminta Waspada",
                            cap_words(id)
                        ),
                        1 => format!(
                            "Pemerintah Siapkan Bantuan bagi Korban {} di {place}",
                            cap_words(id)
                        ),
                        _ => format!(
                            "Cerita Warga {place} Selamatkan Diri dari {}",
                            cap_words(id)
                        ),
                    },
                    Lang::En => match self.rng.below(2) {
                        0 => format!("{} hits {place}, residents urged to stay alert", cap(en)),
                        _ => format!("{place} counts the cost of {en}"),
                    },
                }
            }
            Kind::Visit => {
                let (id, en, _) = COUNTRIES[s.variant];
                match self.lang {
                    Lang::Id => match self.rng.below(2) {
                        0 => format!("Indonesia dan {id} Perkuat Kerja Sama Ekonomi"),
                        _ => format!("Kunjungan Delegasi {id}, Apa Saja yang Dibahas?"),
                    },
                    Lang::En => format!("Indonesia and {en} deepen economic ties"),
                }
            }
            Kind::Project => {
                let (id, en) = PROJECTS[s.variant];
                let name = &s.project_name;
                match self.lang {
                    Lang::Id => match self.rng.below(2) {
                        0 => format!("{id} {name} Resmi Beroperasi"),
                        _ => format!("Warga Sambut Peresmian {id} {name}"),
                    },
                    Lang::En => format!("{name} {en} opens to the public"),
                }
            }
        }
    }

    /// A quote from the expert, and the expert's paragraph.
    fn expert_paragraph(&mut self, topic_id: &str, topic_en: &str) -> String {
        let who = self.full(P_EXPERT);
        let inst = self.inst(I_EXPERT);
        let sur = self.sur(P_EXPERT);
        let quote = self.quote();
        match (self.lang, self.rng.below(3)) {
            (Lang::Id, 0) => format!(
                "Profesor {who} dari {inst} menilai {topic_id} perlu dilihat secara menyeluruh. “{quote}” kata {sur}."
            ),
            (Lang::Id, 1) => format!(
                "{who}, seorang peneliti di {inst}, mengatakan {topic_id} menjadi pelajaran penting bagi pemerintah daerah. Menurut {sur}, {}.",
                self.clause()
            ),
            (Lang::Id, _) => format!(
                "Pengamat kebijakan publik {who} dari {inst} mengingatkan agar {topic_id} tidak dipandang sebelah mata. “{quote}” ujar {sur}."
            ),
            (Lang::En, 0) => format!(
                "Professor {who} of {inst} said {topic_en} had to be seen as a whole. \"{quote}\" {sur} said."
            ),
            (Lang::En, 1) => format!(
                "{who}, a researcher at {inst}, said {topic_en} held lessons for local governments. According to {sur}, {}.",
                self.clause()
            ),
            (Lang::En, _) => format!(
                "Policy analyst {who} of {inst} warned against underestimating {topic_en}. \"{quote}\" {sur} said."
            ),
        }
    }

    fn disaster(&mut self) -> (String, Vec<String>, Vec<String>) {
        let s = self.story;
        let (b_id, b_en, cause_id, cause_en) = DISASTERS[s.variant];
        let place = s.place.clone();
        let prov = s.province.clone();
        let when = self.when(s.date, true);
        let hour = self.rng.range(0, 23);
        let minute = self.rng.range(0, 59);
        let main = self.full(P_MAIN);
        let lead = match self.lang {
            Lang::Id => format!(
                "{} melanda Kabupaten {place}, Provinsi {prov}, {when} sekitar pukul {hour:02}.{minute:02} WIB. Kepala BPBD {place}, {main}, mengatakan {b_id} itu dipicu {cause_id}.",
                cap(b_id)
            ),
            Lang::En => format!(
                "A {b_en} struck {place} regency in {prov} province {when} at around {hour:02}:{minute:02} local time. {main}, who heads the {place} disaster management agency, said it was caused by {cause_en}."
            ),
        };
        let mut core = Vec::new();
        let w = self.when(s.date, false);
        let dead = self.count(0);
        let main_sur = self.sur(P_MAIN);
        core.push(match (self.lang, self.rng.below(2)) {
            (Lang::Id, 0) => format!(
                "Menurut {main_sur}, {b_id} yang terjadi {w} itu menyebabkan {dead} meninggal dunia. Sebagian besar korban tertimbun saat berada di dalam rumah."
            ),
            (Lang::Id, _) => format!(
                "Data sementara BPBD mencatat {dead} tewas akibat {b_id} {w}. Tim gabungan masih menyisir sejumlah titik yang sulit dijangkau."
            ),
            (Lang::En, 0) => format!(
                "According to {main_sur}, {dead} died in the {b_en} {w}. Most of the victims were inside their homes."
            ),
            (Lang::En, _) => format!(
                "The agency's preliminary figures show {dead} were killed in the {b_en} {w}. Rescue teams are still searching areas that are hard to reach."
            ),
        });
        let w = self.when(s.date, false);
        let disp = self.count(1);
        core.push(match self.lang {
            Lang::Id => format!(
                "Sebanyak {disp} mengungsi ke balai desa dan masjid setelah {b_id} {w}. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "{} were evacuated to village halls and mosques after the {b_en} {w}. {}",
                cap(&disp),
                self.sentence()
            ),
        });
        core.push(self.expert_paragraph(
            &format!("{b_id} di {place}"),
            &format!("the {b_en} in {place}"),
        ));
        let mut optional = Vec::new();
        let inj = self.count(2);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Selain itu, {inj} luka-luka dan kini dirawat di rumah sakit daerah. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "Another {inj} were injured and are being treated at the regional hospital. {}",
                self.sentence()
            ),
        });
        let houses = self.count(3);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Pendataan sementara mencatat {houses} rusak berat. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "A preliminary count found {houses} badly damaged. {}",
                self.sentence()
            ),
        });
        let villages = self.count(4);
        optional.push(match self.lang {
            Lang::Id => format!("{} berdampak pada {villages} di wilayah itu.", cap(b_id)),
            Lang::En => format!("The {b_en} affected {villages} in the area."),
        });
        let host = self.full(P_HOST);
        let pers = self.count(5);
        let host_sur = self.sur(P_HOST);
        let since = month_year(self.lang, s.took_office);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Bupati {place} {host} mengerahkan {pers} gabungan untuk membantu evakuasi. {host_sur}, yang menjabat sejak {since}, meminta warga tetap waspada."
            ),
            Lang::En => format!(
                "{place} Regent {host} deployed {pers} to help with the evacuation. {host_sur}, who took office in {since}, urged residents to stay alert."
            ),
        });
        let minister = self.full(P_THIRD);
        let visit = s.date + Duration::days(1);
        let w = self.when(visit, false);
        optional.push(match (self.lang, visit <= self.published) {
            (Lang::Id, true) => format!(
                "Menteri Sosial {minister} meninjau lokasi pengungsian {w}. {}",
                self.sentence()
            ),
            (Lang::Id, false) => format!(
                "Menteri Sosial {minister} dijadwalkan meninjau lokasi pengungsian {}.",
                self.t("besok", "tomorrow")
            ),
            (Lang::En, true) => format!(
                "Social Affairs Minister {minister} visited the shelters {w}. {}",
                self.sentence()
            ),
            (Lang::En, false) => format!(
                "Social Affairs Minister {minister} is scheduled to visit the shelters tomorrow."
            ),
        });
        let resident = self.full(P_EXTRA);
        let age = s.age;
        let quote = self.quote();
        optional.push(match self.lang {
            Lang::Id => format!(
                "Salah seorang warga, {resident} ({age}), mengaku tidak sempat menyelamatkan barang-barangnya. “{quote}” tuturnya."
            ),
            Lang::En => format!(
                "Resident {resident}, {age}, said she had no time to save her belongings. \"{quote}\" she said."
            ),
        });
        (lead, core, optional)
    }

    fn visit(&mut self) -> (String, Vec<String>, Vec<String>) {
        let s = self.story;
        let (c_id, c_en, c_adj) = COUNTRIES[s.variant];
        let when = self.when(s.date, true);
        let visitor = self.full(P_MAIN);
        let host = self.full(P_HOST);
        let visitor_title_id = [
            "Menteri Luar Negeri",
            "Perdana Menteri",
            "Menteri Perdagangan",
        ][s.index % 3];
        let visitor_title_en =
            ["Foreign Minister", "Prime Minister", "Trade Minister"][s.index % 3];
        let lead = match self.lang {
            Lang::Id => format!(
                "{visitor_title_id} {c_id} {visitor} tiba di Jakarta {when} untuk kunjungan kerja selama tiga hari. Ia disambut Menteri Luar Negeri {host} di Bandara Soekarno-Hatta."
            ),
            Lang::En => format!(
                "{c_adj} {visitor_title_en} {visitor} arrived in Jakarta {when} for a three-day working visit and was welcomed by Foreign Minister {host} at Soekarno-Hatta airport."
            ),
        };
        let mut core = Vec::new();
        let w = self.when(s.date, false);
        let agr = self.count(0);
        let v_sur = self.sur(P_MAIN);
        let h_sur = self.sur(P_HOST);
        core.push(match self.lang {
            Lang::Id => format!(
                "Dalam pertemuan {w} itu, {v_sur} dan {h_sur} menandatangani {agr} kerja sama di bidang perdagangan, energi, dan pendidikan. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "At the meeting {w}, {v_sur} and {h_sur} signed {agr} on trade, energy and education. {}",
                self.sentence()
            ),
        });
        let w = self.when(s.date, false);
        let bl = self.count(1);
        core.push(match self.lang {
            Lang::Id => format!(
                "{v_sur} didampingi {bl} asal {c_id} yang tiba di Jakarta {w}. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "{v_sur} is accompanied by {bl} from {c_en} who arrived in Jakarta {w}. {}",
                self.sentence()
            ),
        });
        core.push(
            self.expert_paragraph(&format!("kunjungan {v_sur}"), &format!("{v_sur}'s visit")),
        );
        let mut optional = Vec::new();
        let sch = self.count(2);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Pemerintah {c_id} juga menawarkan {sch} bagi mahasiswa Indonesia. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "{c_en} also offered {sch} for Indonesian students. {}",
                self.sentence()
            ),
        });
        let comp = self.count(3);
        let pt = self.inst(I_COMPANY);
        let director = self.full(P_THIRD);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Sebanyak {comp} asal {c_id} menyatakan minat berinvestasi. Direktur Utama {pt}, {director}, menyebut perusahaannya siap menjadi mitra lokal."
            ),
            Lang::En => format!(
                "Some {comp} from {c_en} have expressed interest in investing. {director}, president director of {pt}, said his company was ready to act as a local partner."
            ),
        });
        let students = self.count(4);
        optional.push(match self.lang {
            Lang::Id => format!("Program pertukaran itu akan melibatkan {students} dari kedua negara mulai tahun depan."),
            Lang::En => format!("The exchange programme will involve {students} from both countries from next year."),
        });
        let amb = self.full(P_EXTRA);
        let quote = self.quote();
        let amb_sur = self.sur(P_EXTRA);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Duta Besar {c_id} untuk Indonesia, {amb}, menyebut kunjungan ini sebagai tonggak baru hubungan kedua negara. “{quote}” kata {amb_sur}."
            ),
            Lang::En => format!(
                "{c_adj} Ambassador {amb} called the visit a milestone. \"{quote}\" {amb_sur} said."
            ),
        });
        let since = month_year(self.lang, s.took_office);
        optional.push(match self.lang {
            Lang::Id => format!(
                "{h_sur} menjabat sebagai Menteri Luar Negeri sejak {since}. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "{h_sur} has been foreign minister since {since}. {}",
                self.sentence()
            ),
        });
        let projects = self.count(5);
        optional.push(match self.lang {
            Lang::Id => {
                format!("Kedua pihak juga meninjau {projects} infrastruktur yang didanai bersama.")
            }
            Lang::En => format!("The two sides also reviewed {projects} funded jointly."),
        });
        (lead, core, optional)
    }

    fn project(&mut self) -> (String, Vec<String>, Vec<String>) {
        let s = self.story;
        let (p_id, p_en) = PROJECTS[s.variant];
        let place = s.place.clone();
        let prov = s.province.clone();
        let name = s.project_name.clone();
        let when = self.when(s.date, true);
        let minister = self.full(P_MAIN);
        let lead = match self.lang {
            Lang::Id => format!(
                "Menteri Perhubungan {minister} meresmikan {p_id} {name} di Kabupaten {place}, Provinsi {prov}, {when}. Proyek itu dibangun sejak {}.",
                month_year(Lang::Id, s.took_office)
            ),
            Lang::En => format!(
                "Transport Minister {minister} opened the {name} {p_en} in {place} regency, {prov} province, {when}. Construction began in {}.",
                month_year(Lang::En, s.took_office)
            ),
        };
        let mut core = Vec::new();
        let w = self.when(s.date, false);
        let workers = self.count(0);
        let m_sur = self.sur(P_MAIN);
        core.push(match self.lang {
            Lang::Id => format!(
                "{m_sur} mengatakan pembangunan {p_id} {name} yang diresmikan {w} itu melibatkan {workers} lokal. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "{m_sur} said the {p_en} opened {w} had employed {workers} from nearby villages. {}",
                self.sentence()
            ),
        });
        let w = self.when(s.date, false);
        let villages = self.count(1);
        core.push(match self.lang {
            Lang::Id => format!(
                "Sejak diresmikan {w}, {p_id} {name} melayani {villages} di sekitarnya. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "Since it opened {w}, the {p_en} has served {villages} around it. {}",
                self.sentence()
            ),
        });
        core.push(self.expert_paragraph(
            &format!("proyek {p_id} {name}"),
            &format!("the {name} {p_en}"),
        ));
        let mut optional = Vec::new();
        let gov = self.full(P_HOST);
        let gov_sur = self.sur(P_HOST);
        let quote = self.quote();
        optional.push(match self.lang {
            Lang::Id => format!(
                "Gubernur {prov} {gov} berharap proyek itu mendorong ekonomi daerah. “{quote}” kata {gov_sur}."
            ),
            Lang::En => format!(
                "{prov} Governor {gov} hoped the project would lift the local economy. \"{quote}\" {gov_sur} said."
            ),
        });
        let pt = self.inst(I_COMPANY);
        let director = self.full(P_THIRD);
        let equipment = self.count(2);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Proyek itu dikerjakan oleh {pt}. Direktur Utama {pt}, {director}, mengatakan pihaknya mengerahkan {equipment} berat selama pembangunan."
            ),
            Lang::En => format!(
                "The project was built by {pt}. {director}, president director of {pt}, said the company had used {equipment} during construction."
            ),
        });
        let houses = self.count(3);
        optional.push(match self.lang {
            Lang::Id => format!(
                "Sebelumnya, {houses} warga direlokasi untuk pembangunan proyek tersebut. {}",
                self.sentence()
            ),
            Lang::En => format!(
                "Earlier, {houses} were relocated to make way for the project. {}",
                self.sentence()
            ),
        });
        let bridges = self.count(4);
        optional.push(match self.lang {
            Lang::Id => format!("Proyek itu juga membangun {bridges} penghubung antardesa."),
            Lang::En => format!("The project also built {bridges} linking nearby villages."),
        });
        let regent = self.full(P_EXTRA);
        let schools = self.count(5);
        let future = month_year(self.lang, s.date + Duration::days(200));
        optional.push(match self.lang {
            Lang::Id => format!(
                "Bupati {place} {regent} menyebut akses baru itu memudahkan {schools} di wilayahnya. Tahap kedua proyek dijadwalkan rampung pada {future}."
            ),
            Lang::En => format!(
                "{place} Regent {regent} said the new access would help {schools} in the regency. The second phase is scheduled to be completed in {future}."
            ),
        });
        (lead, core, optional)
    }

    // Filler prose: no dates, no counts, only names the story already has.

    fn clause(&mut self) -> String {
        let id: &[&str] = &[
            "pihaknya terus berkoordinasi dengan berbagai instansi terkait",
            "langkah itu diambil untuk memastikan pelayanan kepada masyarakat tetap berjalan",
            "masyarakat diminta tetap tenang dan mengikuti arahan petugas di lapangan",
            "evaluasi menyeluruh akan dilakukan setelah situasi kembali normal",
            "kebijakan tersebut tidak boleh membebani warga kecil",
            "pemerintah daerah perlu memperbaiki tata ruang di kawasan rawan",
            "anggaran yang tersedia harus digunakan secara transparan",
            "kerja sama lintas sektor menjadi kunci keberhasilan program ini",
            "data di lapangan masih terus diperbarui oleh petugas",
            "partisipasi warga sangat menentukan keberhasilan upaya pemulihan",
            "pengawasan terhadap pelaksanaan di lapangan harus diperketat",
            "semua pihak diharapkan menahan diri dan tidak menyebarkan kabar bohong",
            "persoalan ini sudah lama dikeluhkan warga namun belum mendapat perhatian serius",
            "koordinasi antarlembaga masih perlu diperbaiki agar bantuan tidak tumpang tindih",
            "pihaknya membuka posko pengaduan bagi warga yang merasa dirugikan",
            "petugas di lapangan bekerja siang dan malam untuk mempercepat penanganan",
            "rencana tersebut masih dibahas bersama pemerintah provinsi",
            "keterbukaan informasi menjadi kunci agar masyarakat tidak panik",
            "warga yang tinggal di bantaran sungai diminta meningkatkan kewaspadaan",
            "harga kebutuhan pokok di pasar setempat relatif stabil",
            "sekolah-sekolah di sekitar lokasi tetap menjalankan kegiatan belajar seperti biasa",
            "pemerintah menyiapkan skema pendanaan agar program berjalan berkelanjutan",
        ];
        let en: &[&str] = &[
            "the agency was coordinating closely with other departments",
            "the step was taken to keep public services running",
            "residents were asked to stay calm and follow the instructions of officers",
            "a full evaluation would follow once the situation returned to normal",
            "the policy should not place a burden on poorer households",
            "local governments needed to rethink land use in vulnerable areas",
            "the available budget had to be spent transparently",
            "cooperation across sectors was the key to the programme",
            "figures from the field were still being updated",
            "the involvement of residents would decide whether recovery succeeded",
            "residents had complained about the problem for years without a response",
            "coordination between agencies still had to improve so that aid did not overlap",
            "a complaints desk had been opened for residents who felt short-changed",
            "the plan was still being discussed with the provincial government",
            "open information was the best way to keep people from panicking",
            "prices of staple goods at the local market had stayed stable",
            "schools near the site were running classes as usual",
        ];
        self.pick(id, en).to_string()
    }

    fn quote(&mut self) -> String {
        let id: &[&str] = &[
            "Kami tidak ingin kejadian serupa terulang di kemudian hari,",
            "Yang terpenting sekarang adalah memastikan kebutuhan dasar warga terpenuhi,",
            "Ini bukan pekerjaan satu lembaga saja, semua harus terlibat,",
            "Kita harus belajar dari pengalaman dan memperbaiki yang kurang,",
            "Masyarakat berhak mendapatkan informasi yang jelas dan cepat,",
            "Kami akan mengawal prosesnya sampai tuntas,",
            "Tantangannya besar, tetapi kami optimistis,",
            "Kami sudah menyiapkan langkah-langkah antisipasi sejak jauh hari,",
            "Jangan sampai warga menjadi korban untuk kedua kalinya,",
            "Kami minta semua pihak bekerja sama dan tidak saling menyalahkan,",
            "Semua masukan dari warga akan kami tampung,",
        ];
        let en: &[&str] = &[
            "We do not want to see this happen again,",
            "What matters now is that people's basic needs are met,",
            "This is not the job of one agency alone,",
            "We have to learn from this and fix what is missing,",
            "People have a right to clear and timely information,",
            "We will see this through to the end,",
            "The challenge is big, but we are optimistic,",
            "We prepared for this long before it happened,",
            "Nobody should have to go through this twice,",
            "We will listen to every complaint from residents,",
        ];
        self.pick(id, en).to_string()
    }

    fn sentence(&mut self) -> String {
        match self.lang {
            Lang::Id => {
                let subj = self.pick(
                    &[
                        "Warga setempat",
                        "Sejumlah pedagang",
                        "Para petani",
                        "Tokoh masyarakat",
                        "Para relawan",
                        "Kalangan pengusaha",
                        "Sebagian warga",
                        "Anggota DPRD",
                        "Pihak sekolah",
                        "Kelompok nelayan",
                        "Para pemuda desa",
                    ],
                    &[],
                );
                match self.rng.below(10) {
                    6 => {
                        let feeling = self.pick(
                            &[
                                "mengaku khawatir dengan",
                                "mengeluhkan",
                                "menyambut baik perhatian terhadap",
                                "mempertanyakan",
                            ],
                            &[],
                        );
                        let obj = self.object();
                        let c = self.clause();
                        format!("{subj} {feeling} {obj}. Mereka menilai {c}.")
                    }
                    7 => {
                        let who = self.pick(
                            &[
                                "pihak kepolisian",
                                "dinas pekerjaan umum",
                                "pemerintah provinsi",
                                "pengelola kawasan",
                            ],
                            &[],
                        );
                        format!("Hingga berita ini diturunkan, {who} belum memberikan keterangan resmi.")
                    }
                    8 => {
                        let t = self.pick(
                            &["Sementara itu", "Di sisi lain", "Selain itu", "Adapun"],
                            &[],
                        );
                        let c = self.clause();
                        format!("{t}, {c}.")
                    }
                    9 if self.story.kind == Kind::Visit => {
                        let act = self.pick(
                            &[
                                "mengunjungi kawasan industri di pinggiran Jakarta",
                                "berdialog dengan para pelaku usaha kecil",
                                "meninjau sejumlah sekolah kejuruan",
                            ],
                            &[],
                        );
                        format!("Rombongan delegasi juga dijadwalkan {act}.")
                    }
                    9 if self.story.kind == Kind::Project => {
                        let act = self.pick(
                            &[
                                "memasang rambu tambahan di sekitar lokasi",
                                "mengatur arus kendaraan di jalan masuk",
                                "membersihkan sisa material pembangunan",
                            ],
                            &[],
                        );
                        format!("Petugas juga {act}.")
                    }
                    9 => {
                        let act = self.pick(
                            &[
                                "membagikan makanan siap saji",
                                "memasang tenda darurat",
                                "membersihkan material yang menutup jalan",
                                "mendata kebutuhan warga",
                                "membuka dapur umum",
                            ],
                            &[],
                        );
                        let adv = self.pick(
                            &[
                                "sejak pagi",
                                "hingga larut malam",
                                "secara bergiliran",
                                "bersama relawan",
                            ],
                            &[],
                        );
                        format!("Petugas gabungan juga {act} {adv}.")
                    }
                    0 => {
                        let verb = self.pick(&["berharap", "meminta agar", "mendesak agar"], &[]);
                        let actor = self.pick(
                            &[
                                "pemerintah",
                                "pemerintah pusat",
                                "dinas terkait",
                                "pihak berwenang",
                            ],
                            &[],
                        );
                        let action = self.pick(
                            &[
                                "memperbaiki",
                                "memperhatikan",
                                "meninjau ulang",
                                "membenahi",
                                "mengawasi",
                            ],
                            &[],
                        );
                        let obj = self.object();
                        let adv = self.pick(
                            &[
                                "di wilayah itu",
                                "di kawasan tersebut",
                                "dalam waktu dekat",
                                "sebelum musim hujan tiba",
                                "secara berkala",
                            ],
                            &[],
                        );
                        format!("{subj} {verb} {actor} segera {action} {obj} {adv}.")
                    }
                    1 => {
                        let state = self.pick(
                            &[
                                "terpantau ramai sejak pagi",
                                "masih dipadati kendaraan",
                                "berangsur pulih",
                                "dijaga ketat oleh petugas",
                                "mulai dibersihkan oleh warga",
                            ],
                            &[],
                        );
                        let place = self.pick(
                            &[
                                "Situasi di lokasi",
                                "Kawasan di sekitar lokasi",
                                "Jalan utama menuju desa",
                                "Pasar tradisional setempat",
                            ],
                            &[],
                        );
                        format!("{place} {state}.")
                    }
                    2 => {
                        let c = self.clause();
                        format!("{subj} menilai {c}.")
                    }
                    3 => {
                        let c = self.clause();
                        let p = self.mention();
                        format!("{p} menambahkan, {c}.")
                    }
                    4 => {
                        let q = self.quote();
                        let p = self.mention();
                        let v = self.pick(&["kata", "ujar", "tutur", "jelas"], &[]);
                        format!("“{q}” {v} {p}.")
                    }
                    _ => {
                        let obj = self.object();
                        let c = self.clause();
                        format!("Terkait {obj}, {c}.")
                    }
                }
            }
            Lang::En => {
                match self.rng.below(8) {
                    5 => {
                        let t = self.pick(&[], &["Meanwhile", "At the same time", "Separately"]);
                        let c = self.clause();
                        format!("{t}, officials said {c}.")
                    }
                    6 => {
                        let who = self.pick(
                            &[],
                            &[
                                "The police",
                                "The public works office",
                                "The provincial government",
                            ],
                        );
                        format!("{who} had not commented by the time of publication.")
                    }
                    7 if self.story.kind != Kind::Disaster => {
                        let act = self.pick(
                            &[],
                            &[
                                "met small business owners",
                                "toured a vocational school",
                                "answered questions from residents",
                            ],
                        );
                        format!("Officials also {act}.")
                    }
                    7 => {
                        let act = self.pick(
                            &[],
                            &[
                                "handed out ready meals",
                                "put up emergency tents",
                                "cleared debris from the roads",
                                "opened a public kitchen",
                            ],
                        );
                        format!("Officers and volunteers also {act}.")
                    }
                    0 => {
                        let subj = self.pick(
                            &[],
                            &[
                                "Residents",
                                "Shopkeepers",
                                "Farmers",
                                "Community leaders",
                                "Volunteers",
                                "Local business owners",
                                "Teachers",
                            ],
                        );
                        let obj = self.object();
                        format!("{subj} called on the authorities to look into {obj} as soon as possible.")
                    }
                    1 => {
                        let place = self.pick(
                            &[],
                            &[
                                "The area around the site",
                                "The main road to the villages",
                                "The local market",
                                "The town centre",
                            ],
                        );
                        let state = self.pick(
                            &[],
                            &[
                                "was busy from early morning",
                                "was slowly returning to normal",
                                "was guarded by officers",
                                "was being cleaned up by residents",
                            ],
                        );
                        format!("{place} {state}.")
                    }
                    2 => {
                        let c = self.clause();
                        let p = self.mention();
                        format!("{p} added that {c}.")
                    }
                    3 => {
                        let q = self.quote();
                        let p = self.mention();
                        format!("\"{q}\" {p} said.")
                    }
                    _ => {
                        let c = self.clause();
                        format!("Officials said {c}.")
                    }
                }
            }
        }
    }

    fn object(&mut self) -> String {
        let (id, en): (&[&str], &[&str]) = match self.story.kind {
            Kind::Disaster => (
                &[
                    "saluran air",
                    "tanggul sungai",
                    "jalur evakuasi",
                    "tempat pengungsian",
                    "akses jalan desa",
                    "sistem peringatan dini",
                ],
                &[
                    "drainage channels",
                    "the river embankments",
                    "evacuation routes",
                    "the shelters",
                    "village roads",
                    "the early warning system",
                ],
            ),
            Kind::Visit => (
                &[
                    "iklim investasi",
                    "kerja sama pendidikan",
                    "jalur perdagangan",
                    "perizinan usaha",
                    "hambatan ekspor",
                ],
                &[
                    "the investment climate",
                    "education ties",
                    "trade routes",
                    "business permits",
                    "export barriers",
                ],
            ),
            Kind::Project => (
                &[
                    "akses jalan menuju lokasi",
                    "jadwal operasional",
                    "tarif layanan",
                    "sistem drainase",
                    "ganti rugi lahan",
                ],
                &[
                    "access roads",
                    "operating hours",
                    "fares",
                    "drainage",
                    "land compensation",
                ],
            ),
        };
        self.pick(id, en).to_string()
    }

    /// A person of the story named by surname in filler prose.
    fn mention(&mut self) -> String {
        // The two people every article introduces.
        let p = *self.rng.pick(&[P_MAIN, P_MAIN, P_EXPERT]);
        self.sur(p)
    }

    fn filler_paragraph(&mut self) -> String {
        let n = self.rng.range(2, 4);
        let mut out = Vec::new();
        for _ in 0..n {
            out.push(self.sentence());
        }
        out.join(" ")
    }
}

/// `Banjir Bandang`.
fn cap_words(s: &str) -> String {
    s.split(' ').map(cap).collect::<Vec<_>>().join(" ")
}

/// The whole corpus in memory: (file name, text), for benchmarks.
pub fn generate(params: &Params) -> Vec<(String, String)> {
    let corpus = Corpus::new(params);
    (0..corpus.len())
        .map(|i| {
            let a = corpus.article(i);
            (a.file, a.text)
        })
        .collect()
}
