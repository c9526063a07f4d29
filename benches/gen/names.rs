//! Invented proper names: people, places, institutions, outlets.
//!
//! Every name word comes from syllables and is kept at least two edits away from every
//! other name word (and from weekday, month and other common words), so two different
//! entities are never near-miss spellings of each other: the only near misses in a corpus
//! are the planted ones.

use std::collections::HashSet;

use super::rng::Rng;

const ONSETS_ID: &[&str] = &[
    "b", "d", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "w", "y", "s", "r", "w", "k",
    "t", "c", "pr", "sr", "tr",
];
const ONSETS_FOREIGN: &[&str] = &[
    "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "ch", "sh", "st",
    "br", "gr", "kl", "m", "r", "l",
];
const VOWELS: &[&str] = &["a", "a", "a", "i", "i", "u", "u", "e", "o", "o", "ia"];
const CODAS: &[&str] = &["n", "ng", "r", "s", "l", "h", "k", "m", "t"];

/// Words a name must not be (or be one edit from): calendar words, titles, directions and
/// other words the articles use.
const RESERVED: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "sabtu",
    "minggu",
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "utara",
    "selatan",
    "barat",
    "timur",
    "tengah",
    "menteri",
    "kepala",
    "bupati",
    "gubernur",
    "presiden",
    "ketua",
    "direktur",
    "profesor",
    "peneliti",
    "pengamat",
    "kemarin",
    "lalu",
    "tahun",
    "bulan",
    "pekan",
    "hari",
    "warga",
    "korban",
    "rumah",
    "desa",
    "kota",
    "kabupaten",
    "provinsi",
    "pulau",
    "sungai",
    "gunung",
    "danau",
    "teluk",
    "tanjung",
    "kampung",
    "dusun",
    "banjir",
    "longsor",
    "gempa",
    "jakarta",
    "indonesia",
    "universitas",
    "institut",
    "badan",
    "kementerian",
    "pelabuhan",
    "bandara",
    "bendungan",
    "pasar",
    "jalan",
    "tol",
    "baru",
    "lama",
    "raya",
    "jaya",
    "indah",
    "makmur",
    "sentosa",
    "sejahtera",
    "pos",
    "kabar",
    "warta",
    "suara",
    "harian",
    "berita",
    "gema",
    "lintas",
    "daily",
    "herald",
    "wire",
    "times",
    "post",
    "ledger",
    "general",
    "major",
    "minister",
    "governor",
    "regent",
    "mayor",
    "professor",
    "head",
    "chief",
    "tenggara",
    "barat",
    "daya",
    "laut",
    "darat",
    "udara",
    "nusa",
    "tanah",
    "kali",
    "tiga",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "ratus",
    "ribu",
    "puluh",
    "belas",
    "juta",
    "miliar",
    "triliun",
    "orang",
    "negara",
    "rusia",
    "cina",
    "china",
    "jepang",
    "korea",
    "prancis",
    "jerman",
    "belanda",
    "italia",
    "spanyol",
    "norwegia",
    "swedia",
    "finlandia",
    "polandia",
    "austria",
    "australia",
    "kanada",
    "india",
    "malaysia",
    "singapura",
    "filipina",
    "thailand",
    "vietnam",
    "arab",
    "saudi",
    "mesir",
    "temple",
    "tokyo",
    "tokio",
    "mari",
    "kami",
    "kita",
    "mereka",
    "sana",
    "sini",
    "itu",
    "ini",
    "atau",
    "dan",
    "dari",
    "kepada",
    "untuk",
    "dengan",
    "hanya",
    "masih",
    "sudah",
    "akan",
    "bisa",
    "harus",
    "bahwa",
    "sangat",
    "lebih",
    "kurang",
    "hingga",
    "sampai",
    "sejak",
    "pada",
    "dalam",
    "luar",
    "atas",
    "bawah",
    "antara",
    "sekitar",
    "hampir",
    "sekali",
    "lagi",
    "kini",
    "nanti",
    "tadi",
    "segera",
    "saat",
    "ketika",
    "setelah",
    "sebelum",
    "namun",
    "tetapi",
    "karena",
    "sehingga",
];

/// A pool of invented name words, pairwise at least two edits apart.
pub struct Pool {
    /// Every accepted word and its one-deletion variants, lower case.
    taken: HashSet<String>,
}

fn deletions(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    (0..chars.len())
        .map(|i| {
            chars
                .iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, c)| *c)
                .collect()
        })
        .collect()
}

fn capitalise(word: &str) -> String {
    let mut c = word.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Which syllables a name is made of.
#[derive(Debug, Clone, Copy)]
pub enum Style {
    Indonesian,
    Foreign,
}

impl Pool {
    pub fn new() -> Pool {
        let mut pool = Pool {
            taken: HashSet::new(),
        };
        for w in RESERVED {
            pool.take(w);
        }
        pool
    }

    /// Whether `word` is within one edit (insertion, deletion, substitution or
    /// transposition) of a word already taken.
    fn clashes(&self, word: &str) -> bool {
        self.taken.contains(word) || deletions(word).iter().any(|d| self.taken.contains(d))
    }

    fn take(&mut self, word: &str) {
        for d in deletions(word) {
            self.taken.insert(d);
        }
        self.taken.insert(word.to_string());
    }

    /// A new capitalised name word of `min..=max` letters.
    pub fn word(&mut self, rng: &mut Rng, style: Style, min: usize, max: usize) -> String {
        let onsets = match style {
            Style::Indonesian => ONSETS_ID,
            Style::Foreign => ONSETS_FOREIGN,
        };
        loop {
            let syllables = rng.range(2, 4);
            let mut w = String::new();
            for k in 0..syllables {
                // A word may open with a vowel.
                if k > 0 || rng.chance(85) {
                    w.push_str(onsets[rng.below(onsets.len())]);
                }
                w.push_str(VOWELS[rng.below(VOWELS.len())]);
                // Sometimes a closed syllable: "Sar-wan-to", "Har-jo".
                if rng.chance(if k + 1 < syllables { 45 } else { 25 }) {
                    w.push_str(CODAS[rng.below(CODAS.len())]);
                }
            }
            let n = w.chars().count();
            if n < min || n > max || self.clashes(&w) {
                continue;
            }
            self.take(&w);
            return capitalise(&w);
        }
    }
}

/// A misspelling of `word` one edit away that keeps the first letter and the length within
/// one (a typist's slip): a vowel swapped, two letters transposed, a letter doubled or
/// dropped. `word` has at least 6 letters.
pub fn misspell(word: &str, rng: &mut Rng) -> String {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    let vowels = ['a', 'e', 'i', 'o', 'u'];
    loop {
        let mut c = chars.clone();
        match rng.below(4) {
            0 => {
                // a vowel replaced by another vowel
                let positions: Vec<usize> = (1..n).filter(|&i| vowels.contains(&c[i])).collect();
                if positions.is_empty() {
                    continue;
                }
                let i = *rng.pick(&positions);
                let v = *rng.pick(&vowels);
                if v == c[i] {
                    continue;
                }
                c[i] = v;
            }
            1 => {
                // two neighbouring letters swapped
                let i = rng.range(1, n as u32 - 2) as usize;
                if c[i] == c[i + 1] {
                    continue;
                }
                c.swap(i, i + 1);
            }
            2 => {
                // a consonant doubled
                let i = rng.range(1, n as u32 - 1) as usize;
                if vowels.contains(&c[i]) || c[i - 1] == c[i] {
                    continue;
                }
                c.insert(i, c[i]);
            }
            _ => {
                // a letter inside dropped
                let i = rng.range(1, n as u32 - 2) as usize;
                c.remove(i);
            }
        }
        let s: String = c.into_iter().collect();
        if s != word {
            return s;
        }
    }
}
