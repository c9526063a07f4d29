//! Entity claims and their reconciliation through the public API: normalisation, aliases,
//! surname linking, fuzzy grouping and each entity conflict kind, on small articles.

use factlint::article::Article;
use factlint::claim::{Attribute, Claim, Cue};
use factlint::conflict::Conflict;
use factlint::kinds::Kind;
use factlint::reconcile::entities::{same_word, slip_in_article, Entities};
use factlint::rules::{EntityKind, Rules};

struct Run {
    claims: Vec<Claim>,
    entities: Entities,
    conflicts: Vec<Conflict>,
}

/// Articles given as (publication date, body).
fn run(articles: &[(&str, &str)]) -> Run {
    let rules = Rules::builtin().unwrap();
    let articles: Vec<Article> = articles
        .iter()
        .enumerate()
        .map(|(i, (date, body))| {
            let text = format!("---\npublished: {date}\n---\n{body}\n");
            Article::new(format!("a{i}.txt"), text, &rules).unwrap()
        })
        .collect();
    let g = factlint::extract_and_group(&articles, &rules);
    let (claims, entities) = (g.claims, g.entities);
    let conflicts = factlint::reconcile::reconcile(
        &articles, &claims, &entities, &g.stories, &g.events, &rules,
    );
    Run {
        claims,
        entities,
        conflicts,
    }
}

impl Run {
    /// The normalised key of the name claim written `text`.
    fn key(&self, text: &str) -> String {
        self.name(text).entity().unwrap().key.clone()
    }

    fn name(&self, text: &str) -> &Claim {
        self.claims
            .iter()
            .find(|c| c.attribute == Attribute::Name && c.text == text)
            .unwrap_or_else(|| panic!("no name claim {text:?}"))
    }

    /// The groups of the name claims whose text passes `keep`, in claim order.
    fn groups_where(&self, keep: impl Fn(&str) -> bool) -> Vec<String> {
        self.claims
            .iter()
            .enumerate()
            .filter(|(_, c)| c.attribute == Attribute::Name && keep(&c.text))
            .map(|(i, _)| {
                self.entities.groups[self.entities.group_of[i].unwrap()]
                    .id
                    .clone()
            })
            .collect()
    }

    /// The group of the name claim written `text`.
    fn group(&self, text: &str) -> String {
        let i = self
            .claims
            .iter()
            .position(|c| c.attribute == Attribute::Name && c.text == text)
            .unwrap_or_else(|| panic!("no name claim {text:?}"));
        let g = self.entities.group_of[i].expect("grouped");
        self.entities.groups[g].id.clone()
    }

    fn values(&self, attribute: Attribute) -> Vec<(String, String)> {
        self.claims
            .iter()
            .filter(|c| c.attribute == attribute)
            .map(|c| (c.subject.clone().unwrap_or_default(), c.value().unwrap()))
            .collect()
    }

    /// The texts of the claims of `attribute`, in order.
    fn texts(&self, attribute: Attribute) -> Vec<String> {
        self.claims
            .iter()
            .filter(|c| c.attribute == attribute)
            .map(|c| c.text.clone())
            .collect()
    }

    /// The texts of the name claims of people, in order.
    /// The people named (lone words aside: no cue says they are anyone's name).
    fn people(&self) -> Vec<&str> {
        self.claims
            .iter()
            .filter(|c| {
                c.attribute == Attribute::Name
                    && c.entity()
                        .is_some_and(|e| e.kind == EntityKind::Person && e.cue != Cue::Lone)
            })
            .map(|c| c.text.as_str())
            .collect()
    }

    fn kinds(&self) -> Vec<Kind> {
        self.conflicts.iter().map(|c| c.kind).collect()
    }
}

const DAY: &str = "2025-02-18";

// ------------------------------------------------------------------ normalisation

#[test]
fn institution_names_are_language_neutral() {
    let r = run(&[
        (
            DAY,
            "Profesor Laila Ananta dari Universitas Temple menilai rencana itu. \
             Sumber lain di Kementerian Pertahanan membenarkannya.",
        ),
        (
            DAY,
            "Laila Ananta of Temple University said so. The Ministry of Defence agreed.",
        ),
    ]);
    assert_eq!(r.key("Universitas Temple"), "university temple");
    assert_eq!(r.key("Temple University"), "university temple");
    assert_eq!(r.key("Kementerian Pertahanan"), "ministry defence");
    assert_eq!(r.key("Ministry of Defence"), "ministry defence");
    assert_eq!(r.group("Universitas Temple"), r.group("Temple University"));
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn institution_type_words_may_stand_on_either_side_of_the_name() {
    // Indonesian puts the words that say what kind of institution it is after the head,
    // English before it: one institution either way, so no affiliation conflict.
    let r = run(&[
        (
            DAY,
            "Profesor Dwi Hartanto dari Institut Teknologi Sumatera menilai proyek itu \
             terlambat. Rektor Universitas Negeri Malang ikut hadir.",
        ),
        (
            DAY,
            "Professor Dwi Hartanto of Sumatera Institute of Technology said the project was \
             late. The head of Malang State University attended.",
        ),
    ]);
    assert_eq!(
        r.key("Institut Teknologi Sumatera"),
        "institute technology sumatera"
    );
    assert_eq!(
        r.key("Sumatera Institute of Technology"),
        "institute technology sumatera"
    );
    assert_eq!(
        r.key("Universitas Negeri Malang"),
        "university state malang"
    );
    assert_eq!(r.key("Malang State University"), "university state malang");
    assert_eq!(
        r.group("Institut Teknologi Sumatera"),
        r.group("Sumatera Institute of Technology")
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn hyphens_case_and_determiners_do_not_change_a_name() {
    let r = run(&[
        (
            DAY,
            "\"Itu penting,\" kata ilmuwan politik Ryo Hinata-Yamaguchi dari Tokyo International University.",
        ),
        (
            DAY,
            "The Tokyo International University hosted political scientist Ryo Hinata Yamaguchi.",
        ),
    ]);
    assert_eq!(r.key("Ryo Hinata-Yamaguchi"), "ryo hinata yamaguchi");
    assert_eq!(r.key("Ryo Hinata Yamaguchi"), "ryo hinata yamaguchi");
    assert_eq!(
        r.group("Tokyo International University"),
        "organisation:university international tokyo"
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn forms_of_address_are_no_part_of_a_name() {
    // "Mbak", "Pak", "Bu" before a name, after a speech verb or inside a sentence, are how
    // the writer addresses the person: the name is the same as without them.
    let r = run(&[(
        DAY,
        "Penyanyi Agnez Monica tampil di Jakarta. Konser itu meriah, kata Pak Basuki \
         Hadimuljono kepada wartawan. Bagi Mbak Agnez Monica, konser ini istimewa. Warga \
         menyambut Bu Risma Harini di Ibu Kota Nusantara.",
    )]);
    assert_eq!(r.key("Basuki Hadimuljono"), "basuki hadimuljono");
    assert_eq!(r.key("Risma Harini"), "risma harini");
    assert_eq!(
        r.group("Agnez Monica"),
        r.groups_where(|t| t == "Agnez Monica")[1]
    );
    assert!(r.claims.iter().all(|c| !c.text.starts_with("Mbak")
        && !c.text.starts_with("Pak ")
        && !c.text.starts_with("Bu ")));
    // Trap: "Ibu" opens a place's name ("Ibu Kota Nusantara"), so it is no form of address.
    assert_eq!(r.key("Ibu Kota Nusantara"), "ibu kota nusantara");
}

#[test]
fn one_word_after_a_form_of_address_is_a_name() {
    // "Pak Sudarmin" names a person even in one word, so a slip in the lone mentions
    // around it is found.
    let r = run(&[(
        DAY,
        "Gaji staf desa raib, kata Pak Sudarmin kepada wartawan. Petugas bank menyatakan \
         uang Sudarmin telah ditransfer. Namun uang Sudsrmin tidak pernah kembali.",
    )]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Trap: two people addressed alike in two articles, one letter apart ("Pak Harto" is
    // Soeharto, "Pak Hasto" another man), are no one name misspelt.
    let r = run(&[
        (
            DAY,
            "Sejarawan Universitas Gadjah Mada Bambang Purwanto mengenang masa Pak Harto \
             memimpin negeri ini selama 32 tahun dari Istana Merdeka.",
        ),
        (
            "2025-11-05",
            "Dosen Universitas Indonesia Rocky Gerungan menyebut Pak Hasto dua kali menolak \
             menjadi menteri di Kabinet Indonesia Maju.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn one_word_with_an_age_after_it_is_a_name() {
    // "bernama Qzani (29) dan Zorian (23)": a person named by one word with an age, so a
    // slip in the same name written alone later is found.
    let r = run(&[(
        DAY,
        "Longsor menimbun dua penambang. Kedua korban bernama Qzani (29) dan Zorian (23).\n\n\
         Seorang saksi mengaku mengenal korban yang tertimbun, yakni Zoriyan dan Qzani.",
    )]);
    assert_eq!(r.people(), vec!["Qzani", "Zorian", "Zoriyan", "Qzani"]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    assert_eq!(r.name("Zorian").entity().unwrap().cue, Cue::Age);
    // Trap: without an age the one words are no names, and no slip is told.
    let r = run(&[(
        DAY,
        "Longsor menimbun dua penambang, yakni Qzani dan Zorian.\n\n\
         Seorang saksi mengaku mengenal korban yang tertimbun, yakni Zoriyan dan Qzani.",
    )]);
    assert!(r.people().is_empty(), "{:?}", r.people());
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_line_the_rules_skip_names_no_one() {
    // "Baca juga: ..." is another article's headline: its list-like words ("Kisah Qzarono,
    // 22 Tahun Jadi ...": 22 years of work, no age) are no mention and give no age.
    let text = "Salah satu buruh adalah Qzarono (38).\n\
                Baca juga: Kisah Qzarono, 22 Tahun Jadi Buruh Panggul di Gudang Dorvale\n\
                Qzarono mengatakan pekerjaannya berat.";
    let r = run(&[(DAY, text)]);
    assert!(
        r.claims.iter().all(|c| !c.text.starts_with("Kisah")),
        "{:?}",
        r.claims.iter().map(|c| &c.text).collect::<Vec<_>>()
    );
    assert_eq!(
        r.values(Attribute::Age),
        vec![("Qzarono".to_string(), "38".to_string())]
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn an_english_form_of_address_marks_a_surname_even_after_its_dot() {
    // "Mr." ends no sentence: "Feischer" after it is a surname written alone, one letter off
    // the article's "Ari Fleischer".
    let r = run(&[(
        DAY,
        "The admission came after an exchange with Ari Fleischer, who was pressing Ms. Doyle. \
         Ms. Doyle told Mr. Feischer it was a lie.",
    )]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Trap: a capitalised word before a number labels it ("Route 91 Harvest Festival"),
    // no surname one letter off "Aaron Rouse".
    let r = run(&[(
        DAY,
        "The gunman fired on the Route 91 Harvest Festival crowd. Officer Aaron Rouse was \
         among the first to respond, the police said.",
    )]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_part_of_the_name_written_alone_is_no_other_way_of_spelling_it() {
    let says = |name: &str| format!("Kapolri Jenderal {name} meninjau dapur umum di Medan.");
    let r = run(&[
        (DAY, &says("Listyo Sigit Prabowo")),
        (DAY, &says("Listyo Sigit Prabowo")),
        (DAY, &says("Listyo Sigit Prabowo")),
        (DAY, &says("Listyo Sigit")),
        (DAY, &says("Lisyto Sigit")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    let message = &r.conflicts[0].message;
    // "Listyo Sigit" is the name less a word: two ways, not three; the full form is written
    // by four articles against one slip, strong evidence.
    assert!(message.starts_with("one name spelt 2 ways"), "{message}");
    assert!(
        message.contains("\"Listyo Sigit Prabowo\" (4 articles)"),
        "{message}"
    );
    // Every span is still evidence.
    assert!(r.conflicts[0]
        .evidence
        .iter()
        .any(|e| e.text == "Listyo Sigit"));
}

/// A nickname's ending after a name's word (`distinct_words.endings`: "Cloughy" of Brian
/// Clough, WikiRef's Premier League articles) makes another way of calling the person, no
/// misspelling; a letter added inside the word still is one.
#[test]
fn a_nickname_s_ending_is_no_misspelling() {
    let body = |nick: &str| {
        format!("Forest won two European Cups under Brian Zorblatt, who managed the club for 18 years. Sadly for {nick}, his final season ended in relegation, the Forest chairman Tom Dorvale said.")
    };
    let r = run(&[(DAY, &body("Zorblatty"))]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    // Control: a slip inside the word.
    let r = run(&[(DAY, &body("Zorbllatt"))]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
}

#[test]
fn a_letter_moved_in_a_name_whose_other_words_agree_is_a_slip() {
    let says = |name: &str| {
        format!("Kapolda Sumut Irjen {name} mengatakan pesawat mendarat dengan aman di Medan.")
    };
    let r = run(&[
        (DAY, &says("Wishnu Hermawan Februanto")),
        (DAY, &says("Wishnu Hermawan Februanto")),
        (DAY, &says("Whisnu Hermawan Februanto")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Traps: with one other word only, the two orders may be two names; and letters moved
    // to the front make another name ("Hiswnu").
    let r = run(&[
        (DAY, &says("Wishnu Februanto")),
        (DAY, &says("Wishnu Februanto")),
        (DAY, &says("Whisnu Februanto")),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let r = run(&[
        (DAY, &says("Wishnu Hermawan Februanto")),
        (DAY, &says("Wishnu Hermawan Februanto")),
        (DAY, &says("Hiswnu Hermawan Februanto")),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    // With one other word, a letter moved in a word of seven letters or more is a slip
    // ("Faizal Rahmadani" for "Faizal Ramadhani", "Padang Parimana" for the regency).
    let r = run(&[
        (DAY, &says("Faizal Ramadhani")),
        (DAY, &says("Faizal Ramadhani")),
        (DAY, &says("Faizal Rahmadani")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Two letters trading places two apart ("Bahlil Ladahalia" for "Lahadalia", real) share
    // no one-letter deletion: the pair is found by the word's letters.
    let r = run(&[
        (DAY, &says("Rusdi Lahadalia")),
        (DAY, &says("Rusdi Lahadalia")),
        (DAY, &says("Rusdi Ladahalia")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    let r = run(&[
        (DAY, "Banjir melanda Padang Pariaman pada Senin."),
        (DAY, "Banjir setinggi satu meter melanda Padang Pariaman."),
        (DAY, "Warga Padang Parimana mengungsi karena banjir."),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Traps: a shorter word so written may be another name ("Sardin"/"Sandri"), and alone
    // a word is no name vouched for.
    let r = run(&[
        (DAY, &says("Ahmad Sardin")),
        (DAY, &says("Ahmad Sardin")),
        (DAY, &says("Ahmad Sandri")),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_eq!(
        same_word("ramadhani", "rahmadani", &Rules::builtin().unwrap()),
        None
    );
}

#[test]
fn a_sentence_opener_one_keystroke_off_a_name_written_more_often_is_a_slip() {
    // "Lijndrers dan French akan mulai bekerja" beside "Pep Lijnders" and "Lijnders" opening
    // three sentences (real): a letter added inside the word that opens a sentence.
    let text = |slip: &str| {
        format!(
            "Klub itu mendatangkan Qzarno Lijndervak sebagai asisten. Lijndervak pernah \
             melatih di Belanda. Lijndervak akan bekerja mulai Juli. {slip} dan Zorblat \
             akan mulai bekerja pekan depan."
        )
    };
    let r = run(&[(DAY, &text("Lijndervrak"))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    assert!(
        spellings(&r)[0].contains("\"Lijndervrak\""),
        "{:?}",
        r.conflicts
    );
    // Two letters swapped inside the word, too.
    let r = run(&[(DAY, &text("Lijndrevak"))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Traps: a letter changed (another name as often as a slip: "Persita", "Persija"); a
    // letter added at the end ("Islami" beside "Islam"); an opener the article writes in
    // lower case too (a common word).
    for slip in ["Lijndervok", "Lijndervaki"] {
        let r = run(&[(DAY, &text(slip))]);
        assert!(spellings(&r).is_empty(), "{slip}: {:?}", r.conflicts);
    }
    let r = run(&[(
        DAY,
        &format!(
            "{} Warga menyebut lijndervrak itu aman.",
            text("Lijndervrak")
        ),
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: the right form written once only (two names as likely as one misspelt).
    let r = run(&[(
        DAY,
        "Klub itu mendatangkan Qzarno Lijndervak sebagai asisten. Lijndervrak dan Zorblat \
         akan mulai bekerja pekan depan.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn two_words_each_one_slip_off_beside_an_equal_one_are_a_slip() {
    // Two words of a three-word name each one edit off, the third the same: one person
    // written two ways ("Christiany Eugenia Paruntu" / "Christianny Euginia Paruntu", real).
    let says = |name: &str| format!("Hal itu disampaikan Bupati {name} di Medan.");
    let r = run(&[
        (DAY, &says("Qzaniya Eugenio Dorvale")),
        (DAY, &says("Qzaniya Eugenio Dorvale")),
        (DAY, &says("Qzaniyya Euginio Dorvale")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Traps: one of the two words two edits off; every word different; a short word off
    // (fewer than `spelling_min_chars` letters); a first letter changed.
    for (a, b) in [
        ("Qzaniya Eugenio Dorvale", "Qzaniyya Eugonia Dorvale"),
        ("Qzaniya Eugenio Dorvale", "Qzaniyya Euginio Dorvalle"),
        ("Qzaniya Evga Dorvale", "Qzaniyya Evgi Dorvale"),
        ("Qzaniya Eugenio Dorvale", "Xzaniya Euginio Dorvale"),
    ] {
        let r = run(&[(DAY, &says(a)), (DAY, &says(a)), (DAY, &says(b))]);
        assert!(r.conflicts.is_empty(), "{b}: {:?}", r.conflicts);
    }
}

#[test]
fn a_short_word_is_compared_where_two_other_words_agree() {
    // Two other words vouch for the name: one letter changed in a word of four is a slip
    // ("PT Chandra Samudera Post" for "Port", "Roy Hadi Siahaan" for "Roy Hardi Siahaan",
    // both real).
    let r = run(&[
        (DAY, "Anak usaha PT Mitra Samudera Port mengelola dermaga."),
        (DAY, "Dana itu untuk PT Mitra Samudera Port, kata direksi."),
        (DAY, "Sisanya untuk PT Mitra Samudera Post tahun ini."),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    let r = run(&[
        (
            DAY,
            "Brigjen Budi Hardi Sitompul mengatakan operasi berlanjut.",
        ),
        (
            DAY,
            "Hal itu disampaikan Brigjen Budi Hadi Sitompul di Jakarta.",
        ),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Traps: with one other word only, a short word stays another name ("Rina Putri",
    // "Rini Putri": two sisters); two one-word forms of one known name are that name
    // inside a longer one; two house styles of one abbreviation are one.
    let r = run(&[
        (DAY, "Kata Rina Putri kepada wartawan di Medan."),
        (DAY, "Kata Rina Putri kepada wartawan di Medan."),
        (DAY, "Kata Rini Putri kepada wartawan di Medan."),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let r = run(&[
        (DAY, "Tiket PT Kereta Cepat Indonesia China didiskon."),
        (DAY, "Tiket PT Kereta Cepat Indonesia China dijual."),
        (DAY, "Tiket PT Kereta Cepat Indonesia Cina habis."),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let r = run(&[
        (
            DAY,
            "Hal itu dikatakan Kasi Humas Polres Metro Bekasi kepada wartawan.",
        ),
        (
            DAY,
            "Hal itu dikatakan Kasie Humas Polres Metro Bekasi kepada wartawan.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn initials_that_are_a_known_name_s_form_need_an_initials_word() {
    let ages = |body: &str| -> Vec<String> { run(&[(DAY, body)]).texts(Attribute::Age) };
    assert_eq!(
        ages("Polisi menangkap penumpang berinisial RI (31) di bandara."),
        ["RI (31)"]
    );
    // Trap: without it, "RI" is the country (a seat count, a rank).
    assert!(ages("Kursi itu diraih oleh RI (31) dan lainnya.").is_empty());
}

#[test]
fn a_title_word_inside_a_name_a_head_word_opens_names_no_holder() {
    let titles = |body: &str| -> Vec<String> { run(&[(DAY, body)]).texts(Attribute::Title) };
    // An office and streets (real: "Direktorat Jenderal Administrasi Hukum Umum" was a
    // general named "Administrasi Hukum Umum" at odds with his "Direktur Jenderal").
    assert!(titles("Ia datang ke Direktorat Jenderal Pajak di Jakarta.").is_empty());
    assert!(titles("Macet terjadi di Jalan Jenderal Sudirman dan Jalan PM Noor.").is_empty());
    assert!(titles("Mereka berkumpul di Kantor Gubernur Kalteng, Palangka Raya.").is_empty());
    // Controls: a rank after a unit whose place ends in a head word ("Pusat"), and after a
    // title.
    assert_eq!(
        titles("Kasat Reskrim Polres Metro Jakarta Pusat AKBP Roby Saputra mengatakan itu."),
        ["AKBP Roby Saputra"]
    );
    assert_eq!(
        titles("Panglima TNI Jenderal Agus Subiyanto hadir."),
        ["Jenderal Agus Subiyanto"]
    );
}

/// A title word before a head word of names and nothing more is the first word of a name
/// ("Premier League"), not a title before its holder (WikiRef: "League" was a person titled
/// premier in eleven articles, the subject of counts of two broadcasters' matches); nor
/// does it stand for the title's holder when the head word's name goes on ("Premier League
/// TV rights").
#[test]
fn a_title_word_before_a_head_word_alone_opens_a_name() {
    let day = DAY;
    let titles = |body: &str| -> Vec<String> { run(&[(day, body)]).texts(Attribute::Title) };
    let people = |body: &str| -> Vec<String> {
        run(&[(day, body)])
            .people()
            .into_iter()
            .map(String::from)
            .collect()
    };
    let league = "The Premier League said the money goes to pitches.";
    assert!(titles(league).is_empty(), "{:?}", titles(league));
    assert!(people(league).is_empty(), "{:?}", people(league));
    let tv = "Premier Zorblat Dorvale met fans. Premier League TV rights were sold.";
    assert_eq!(titles(tv), ["Premier Zorblat Dorvale"]);
    assert_eq!(people(tv), ["Zorblat Dorvale"]);
    // Traps: other head words alone after other titles.
    assert!(titles("He won the President Cup in May.").is_empty());
    assert!(people("He won the President Cup in May.").is_empty());
    // Control: a holder after the title.
    assert_eq!(
        titles("The Qzarland Premier Zorblat Dorvale said the money goes to pitches."),
        ["Premier Zorblat Dorvale"]
    );
}

#[test]
fn a_dateline_glued_to_the_lead_s_first_word_is_cut_where_it_is_a_known_name() {
    let r = run(&[(
        DAY,
        "Liputan6.com, JakartaMenteri Luar Negeri Sugiono mengatakan hal itu pada Selasa.",
    )]);
    let titles = r.texts(Attribute::Title);
    assert_eq!(titles, ["Menteri Luar Negeri Sugiono"]);
    assert_eq!(r.key("Jakarta"), "jakarta");
    // Trap: a brand whose first part is no known name stays one word.
    let r = run(&[(DAY, "Induk TikTok, ByteDance, menolak menjual sahamnya.")]);
    assert!(r.claims.iter().all(|c| c.text != "Byte"), "{:?}", r.claims);
    // A place word glued to its place ("KotaQzarbon") is cut too, short as it is: the place
    // is named, so the mayor of it is "Efendi Zorblat", not "Qzarbon Efendi Zorblat".
    let r = run(&[(
        DAY,
        "Longsor terjadi di Kecamatan Dorvale, KotaQzarbon, Rabu. Wali Kota Qzarbon Efendi \
         Zorblat langsung datang ke lokasi.",
    )]);
    let people = r.people();
    assert_eq!(people, ["Efendi Zorblat"]);
    // Trap: a short capitalised word the rules do not know stays glued ("RoboQzar").
    let r = run(&[(DAY, "Warga membeli RoboQzar di Kecamatan Dorvale, Rabu.")]);
    assert!(r.claims.iter().all(|c| c.text != "Robo"), "{:?}", r.claims);
}

#[test]
fn title_abbreviations_and_translations_are_one_title() {
    let r = run(&[
        (
            DAY,
            "PM Jepang Shigeru Ishiba bertemu Sekjen NATO Mark Rutte.",
        ),
        (
            DAY,
            "Perdana Menteri Jepang Shigeru Ishiba dan Sekretaris Jenderal NATO Mark Rutte.",
        ),
        (
            DAY,
            "Prime Minister Shigeru Ishiba met NATO Secretary General Mark Rutte.",
        ),
        (
            DAY,
            "Menhan Gen Nakatani dan Menteri Pertahanan Gen Nakatani; Prof. Ana Suri.",
        ),
    ]);
    let titles = r.values(Attribute::Title);
    for (person, title) in &titles {
        match person.as_str() {
            "Shigeru Ishiba" => assert_eq!(title, "Perdana Menteri"),
            "Mark Rutte" => assert_eq!(title, "Sekretaris Jenderal"),
            "Gen Nakatani" => assert_eq!(title, "Menteri Pertahanan"),
            "Ana Suri" => assert_eq!(title, "Profesor"),
            other => panic!("unexpected person {other}"),
        }
    }
    assert_eq!(titles.len(), 9, "{titles:?}");
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

// ------------------------------------------------------------------ aliases

#[test]
fn exonyms_are_one_place() {
    let r = run(&[
        (DAY, "Cina dan Korut. Tokio menolak. AS diam."),
        (DAY, "Tiongkok, Korea Utara, Tokyo dan Amerika Serikat."),
        (DAY, "China, North Korea, the United States."),
    ]);
    for (a, b) in [
        ("Cina", "Tiongkok"),
        ("Cina", "China"),
        ("Korut", "Korea Utara"),
        ("Korut", "North Korea"),
        ("Tokio", "Tokyo"),
        ("AS", "Amerika Serikat"),
        ("AS", "United States"),
    ] {
        assert_eq!(r.group(a), r.group(b), "{a} / {b}");
    }
    assert!(r.conflicts.is_empty());
}

#[test]
fn a_form_in_capitals_matches_only_capitals() {
    // "as" is an English word; "AS" is Amerika Serikat only when written in capitals.
    let r = run(&[(DAY, "As the talks went on, AS said nothing.")]);
    let places = r.texts(Attribute::Name);
    assert_eq!(places, ["AS"]);
}

#[test]
fn accepted_transliterations_are_no_misspelling() {
    let rules = Rules::builtin().unwrap();
    // Spellings of one name all in common use: a holy city, a religion, a country or a
    // region in its Indonesian and its international form, a Ukrainian surname's ending, a
    // Hebrew given name.
    for (a, b) in [
        ("makkah", "mekkah"),
        ("mekah", "makkah"),
        ("khonghucu", "konghucu"),
        ("eropa", "europa"),
        ("rumania", "romania"),
        ("zelensky", "zelenskyy"),
        ("zelenskiy", "zelensky"),
        ("yitzhak", "itzhak"),
    ] {
        assert_eq!(same_word(a, b, &rules), Some(false), "{a} / {b}");
    }
    // Traps: a slip in such a word is still a slip, and "-ski" is another name than "-sky".
    assert_eq!(same_word("mekkha", "mekkah", &rules), Some(true));
    assert_eq!(same_word("eropa", "erupa", &rules), Some(true));
    assert_eq!(same_word("zelensky", "zelesky", &rules), Some(true));
    assert_ne!(same_word("kowalsky", "kowalski", &rules), Some(false));
    // In articles: "Liga Europa" and "Liga Eropa", "Tanah Suci Makkah" and "Mekkah" give
    // no report; "Liga Europa" and "Liga Eurepa" do.
    let r = run(&[
        (
            DAY,
            "Klub itu lolos ke Liga Europa musim depan, kata pelatihnya.",
        ),
        (
            DAY,
            "Klub itu lolos ke Liga Eropa musim depan, kata pelatihnya.",
        ),
        (DAY, "Jemaah tiba di Tanah Suci Makkah pada pagi hari."),
        (DAY, "Jemaah tiba di Tanah Suci Mekkah pada pagi hari."),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    let r = run(&[
        (
            DAY,
            "Klub itu lolos ke Liga Europa musim depan, kata pelatihnya.",
        ),
        (
            DAY,
            "Klub itu lolos ke Liga Europa musim depan, kata pelatihnya.",
        ),
        (
            DAY,
            "Klub itu lolos ke Liga Eurepa musim depan, kata pelatihnya.",
        ),
    ]);
    assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
}

#[test]
fn a_holiday_is_no_name() {
    // Feasts and public holidays are calendar names, like months: no entity. The names
    // around them still are.
    let r = run(&[(
        DAY,
        "Warga Desa Qzarwangi merayakan Hari Raya Idul Adha bersama Qzarina Putri, lalu libur Imlek dan Hari Kenaikan Yesus Kristus.",
    )]);
    let names = r.texts(Attribute::Name);
    assert_eq!(names, ["Desa Qzarwangi", "Qzarina Putri"], "{names:?}");
    // Trap: a holiday's word in a place's name that the rules do not list as a holiday
    // ("Natal", also a regency) stays a name.
    let r = run(&[(
        DAY,
        "Banjir melanda Kabupaten Mandailing Natal pada pagi hari.",
    )]);
    assert!(
        r.claims
            .iter()
            .any(|c| c.attribute == Attribute::Name && c.text.contains("Natal")),
        "{:?}",
        r.claims
    );
}

#[test]
fn known_names_are_never_taken_for_misspellings() {
    let r = run(&[(DAY, "Austria dan Australia."), (DAY, "Gambia dan Zambia.")]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_ne!(r.group("Austria"), r.group("Australia"));
}

#[test]
fn a_translation_ending_is_no_misspelling() {
    let rules = Rules::builtin().unwrap();
    assert_eq!(same_word("ruttes", "rutte", &rules), Some(false));
    assert_eq!(same_word("temptle", "temple", &rules), Some(true));
    assert_eq!(same_word("tambunon", "tambunan", &rules), Some(true));
    assert_eq!(same_word("utara", "selatan", &rules), None);
    // Short words: one letter makes another name.
    assert_eq!(same_word("dedi", "dede", &rules), None);
    // A masculine and a feminine noun of one body ("calon Taruna/Taruni"): no slip.
    assert_eq!(same_word("taruna", "taruni", &rules), Some(false));
    assert_eq!(same_word("mahasiswa", "mahasiswi", &rules), Some(false));
    // Control: the same one-letter change in a name is a slip.
    assert_eq!(same_word("tarumi", "taruni", &rules), Some(true));
    // Two spellings of one word in common use ("Samudera Hindia", "Karaton Ngayogyakarta",
    // "Khan Younis"): no slip; a third is.
    assert_eq!(same_word("samudra", "samudera", &rules), Some(false));
    assert_eq!(same_word("keraton", "karaton", &rules), Some(false));
    assert_eq!(same_word("yunis", "younis", &rules), Some(false));
    assert_eq!(same_word("samudra", "samudta", &rules), Some(true));
    assert_eq!(same_word("sumatra", "sumatara", &rules), Some(true));
    // An Indonesian ending for an English one: one name in two languages.
    assert_eq!(
        same_word("internasional", "international", &rules),
        Some(false)
    );
    assert_eq!(same_word("republik", "republic", &rules), Some(false));
    assert_eq!(same_word("filamen", "filament", &rules), Some(false));
    assert_eq!(same_word("instrumen", "instrument", &rules), Some(false));
    assert_eq!(same_word("sergei", "sergey", &rules), Some(false));
    assert_eq!(same_word("alexei", "alexel", &rules), Some(true));
    // Trap: a letter dropped from such an ending is a slip.
    assert_eq!(same_word("filament", "filamet", &rules), Some(true));
    // Trap: a slip elsewhere in such a word is still a slip.
    assert_eq!(
        same_word("internasioanl", "internasional", &rules),
        Some(true)
    );
    // A noun derived with "-an" is another word; a letter dropped from it is a slip.
    assert_eq!(
        same_word("penyelenggaraan", "penyelenggara", &rules),
        Some(false)
    );
    assert_eq!(
        same_word("penyelenggaran", "penyelenggaraan", &rules),
        Some(true)
    );
    let r = run(&[(
        DAY,
        "Sekretaris Jenderal NATO Mark Rutte tiba. Kunjungan Ruttes itu singkat, kata Rutte.",
    )]);
    assert_eq!(r.group("Ruttes"), "person:mark rutte");
    assert!(r.conflicts.is_empty());
}

// ------------------------------------------------------------------ people

#[test]
fn later_mentions_by_surname_join_the_full_name() {
    let r = run(&[(
        DAY,
        "Profesor James Brown dari Universitas Temple hadir. \"Ini penting,\" kata Brown. \
         Brown mengatakan hal itu.",
    )]);
    let brown = r.groups_where(|text| text.contains("Brown"));
    assert_eq!(brown, ["person:james brown"; 3]);
}

#[test]
fn people_who_share_a_surname_stay_apart() {
    let r = run(&[
        (
            DAY,
            "Wali Kota Budi Santoso membuka acara. Santoso tersenyum.",
        ),
        (
            DAY,
            "Pengamat Rina Santoso dari Universitas Nusa menilai acara itu.",
        ),
        (
            DAY,
            "Menurut Wali Kota Budi Santoso, acara berjalan lancar.",
        ),
    ]);
    assert_ne!(r.group("Budi Santoso"), r.group("Rina Santoso"));
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_generational_suffix_is_part_of_a_name_and_never_a_surname() {
    let r = run(&[(
        DAY,
        "President Donald Trump met reporters. His oldest son, Donald Trump Jr., spoke \
         later. Trump Jr. said nothing. Rep. Jesse Jackson Jr. pleaded guilty, and his \
         father Jesse Jackson spoke.",
    )]);
    // "Jr." alone is nobody: no name claim of it.
    assert!(
        !r.claims
            .iter()
            .any(|c| c.attribute == Attribute::Name && c.text == "Jr"),
        "{:?}",
        r.claims.iter().map(|c| &c.text).collect::<Vec<_>>()
    );
    // The son is not the father, in full or by surname with the suffix.
    assert_eq!(r.key("Donald Trump Jr"), "donald trump jr");
    assert_ne!(r.group("Donald Trump Jr"), r.group("Donald Trump"));
    assert_ne!(r.group("Trump Jr"), r.group("Donald Trump"));
    assert_eq!(r.group("Trump Jr"), r.group("Donald Trump Jr"));
    assert_ne!(r.group("Jesse Jackson"), r.group("Jesse Jackson Jr"));
    // Control: the surname alone still joins a full name without a suffix.
    let r = run(&[(
        DAY,
        "President Donald Trump met reporters. Trump said nothing.",
    )]);
    assert_eq!(r.group("Trump"), r.group("Donald Trump"));
}

#[test]
fn a_surname_after_another_given_name_is_another_person() {
    let r = run(&[(
        DAY,
        "Presiden Prancis Emmanuel Macron tiba di Jakarta. Bobby menyapa Presiden Macron dan \
         Ibu Negara Prancis, Brigitte Macron. Kunjungan Macron itu singkat.",
    )]);
    assert_ne!(r.group("Brigitte Macron"), r.group("Emmanuel Macron"));
    // Control: after a title, or a capital that only opens a sentence, it is his surname.
    let macron = r.groups_where(|text| text == "Macron");
    assert_eq!(macron, ["person:emmanuel macron"; 2]);
}

#[test]
fn a_suffixed_name_is_no_misspelling_of_the_bare_one() {
    let r = run(&[
        (
            DAY,
            "Striker Cristiano Ronaldo scored twice, said coach Ruben Amorim.",
        ),
        (
            DAY,
            "Striker Cristiano Ronaldo scored twice, said coach Ruben Amorim.",
        ),
        (
            DAY,
            "His son Cristiano Ronaldo Jr. watched, said coach Ruben Amorim.",
        ),
        (
            DAY,
            "Striker Cristiano Ronaldi scored twice, said coach Ruben Amorim.",
        ),
    ]);
    let forms = spellings(&r);
    assert!(
        forms.iter().any(|f| f.contains("Cristiano Ronaldi")),
        "the slip is flagged: {forms:?}"
    );
    assert!(
        !forms.iter().any(|f| f.contains("Ronaldo Jr")),
        "the son is no form of the father's name: {forms:?}"
    );
}

// ------------------------------------------------------------------ spelling

#[test]
fn spelling_reports_every_span_and_the_majority_form() {
    let r = run(&[
        (DAY, "Profesor Ana Suri dari Universitas Temple berbicara."),
        (
            DAY,
            "Ana Suri, seorang profesor di Universitas Temple, berbicara.",
        ),
        (
            DAY,
            "Kata ilmuwan politik Ana Suri dari Temptle University.",
        ),
    ]);
    assert_eq!(r.kinds(), [Kind::Spelling]);
    let c = &r.conflicts[0];
    assert_eq!(c.evidence.len(), 3);
    assert!(
        c.message
            .contains("most articles write \"Universitas Temple\""),
        "{}",
        c.message
    );
}

#[test]
fn different_words_of_one_pattern_are_different_names() {
    let r = run(&[
        (DAY, "Profesor Ana Suri dari Universitas Gadjah bicara."),
        (
            DAY,
            "Profesor Budi Lestari dari Universitas Padjadjaran bicara.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

// ------------------------------------------------------------------ titles

#[test]
fn exclusive_titles_conflict_in_one_time_scope_only() {
    let same_week = run(&[
        (
            "2025-02-18",
            "Gubernur Jawa Tengah Dimas Prakoso membuka acara.",
        ),
        (
            "2025-02-19",
            "Wakil Gubernur Jawa Tengah Dimas Prakoso membuka acara.",
        ),
    ]);
    assert_eq!(same_week.kinds(), [Kind::Title]);
    // A deputy in 2020 who is governor in 2025: history.
    let years_apart = run(&[
        (
            "2020-02-18",
            "Wakil Gubernur Jawa Tengah Dimas Prakoso membuka acara.",
        ),
        (
            "2025-02-19",
            "Gubernur Jawa Tengah Dimas Prakoso membuka acara.",
        ),
    ]);
    assert!(
        years_apart.conflicts.is_empty(),
        "{:?}",
        years_apart.conflicts
    );
}

#[test]
fn a_deputy_and_a_rank_are_titles_of_their_own() {
    // A deputy minister called minister, and one officer given two police ranks, in one
    // week: one person given two titles.
    let deputy = run(&[
        (
            DAY,
            "Menteri Luar Negeri Sugiono bertemu Duta Besar Jepang Masaki Yasushi.",
        ),
        (
            DAY,
            "Wakil Menteri Luar Negeri Sugiono bertemu Duta Besar Jepang Masaki Yasushi.",
        ),
    ]);
    assert_eq!(deputy.kinds(), [Kind::Title], "{:?}", deputy.conflicts);
    assert!(deputy.conflicts[0]
        .message
        .contains("Wakil Menteri Luar Negeri"));
    // "Wakil" is read with its title, not left before the holder's name.
    assert_eq!(deputy.group("Sugiono"), "person:sugiono");
    let deputy_en = run(&[
        (
            DAY,
            "Foreign Minister Sugiono met Ambassador Masaki Yasushi in Jakarta.",
        ),
        (
            DAY,
            "Deputy Foreign Minister Sugiono met Ambassador Masaki Yasushi in Jakarta.",
        ),
    ]);
    assert_eq!(
        deputy_en.kinds(),
        [Kind::Title],
        "{:?}",
        deputy_en.conflicts
    );
    let ranks = run(&[
        (
            DAY,
            "Kapolres Cirebon AKBP Sumarni mengatakan pencarian dilanjutkan.",
        ),
        (
            DAY,
            "Kapolres Cirebon AKP Sumarni mengatakan pencarian dilanjutkan.",
        ),
    ]);
    assert_eq!(ranks.kinds(), [Kind::Title], "{:?}", ranks.conflicts);
    // Traps: the same rank twice, a surname after the full name, and two officers whose
    // names are one letter apart (joined as one name's spellings) each with a rank.
    let same = run(&[
        (
            DAY,
            "Kapolres Cirebon AKBP Sumarni Putri mengatakan pencarian dilanjutkan.",
        ),
        (
            DAY,
            "Menurut AKBP Sumarni, pencarian dilanjutkan di Cirebon.",
        ),
    ]);
    assert!(
        same.conflicts.iter().all(|c| c.kind != Kind::Title),
        "{:?}",
        same.conflicts
    );
    let two = run(&[
        (
            DAY,
            "Kapolsek Wungu AKP Agus Priyanto mengatakan medan sulit.",
        ),
        (
            DAY,
            "Sekolah itu didirikan Aiptu Agus Riyanto untuk anak pemulung.",
        ),
    ]);
    assert!(
        two.conflicts.iter().all(|c| c.kind != Kind::Title),
        "{:?}",
        two.conflicts
    );
}

/// A soldier holds one rank at a time, as a police officer does, whichever language file
/// lists the rank ("Kolonel" is also the English "colonel"); the corps and service tags
/// between rank and name ("Inf", "Laut (P)", "Pnb") are no part of the name.
#[test]
fn a_rank_in_lower_case_before_another_rank_is_the_common_noun() {
    // "purnawirawan jenderal TNI Laksamana (Purn) ...": retired generals as a class, then the
    // admiral's own rank; only the rank next to the name is his.
    let r = run(&[(
        DAY,
        "Surat itu ditandatangani empat purnawirawan jenderal TNI Laksamana (Purn) Qzarmet \
         Zorblanto dan Jenderal (Purn) Dorvale Qzarsi.",
    )]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    assert_eq!(
        r.values(Attribute::Title),
        vec![
            ("Qzarmet Zorblanto".to_string(), "Laksamana".to_string()),
            ("Dorvale Qzarsi".to_string(), "Jenderal".to_string()),
        ]
    );
    // Trap: two ranks of one group both capitalised in one chain are both the person's,
    // and disagree.
    let r = run(&[(
        DAY,
        "Menurut Kolonel Letkol Qzarmet Zorblanto, banjir surut di Dorvale.",
    )]);
    assert_eq!(r.kinds(), [Kind::Title], "{:?}", r.conflicts);
}

#[test]
fn military_ranks_exclude_each_other_and_their_tags_are_no_name() {
    let ranks = run(&[
        (
            DAY,
            "Dandim Bojonegoro Letkol Inf Tamaji Hartono mengatakan banjir surut.",
        ),
        (
            DAY,
            "Menurut Kolonel Tamaji Hartono, banjir di Bojonegoro surut.",
        ),
    ]);
    assert_eq!(ranks.kinds(), [Kind::Title], "{:?}", ranks.conflicts);
    assert_eq!(ranks.group("Tamaji Hartono"), "person:tamaji hartono");
    let navy = run(&[
        (
            DAY,
            "Komandan Gugus Tempur Laut Koarmada II, Laksma TNI Endra Hartono, mengatakan kapal miring.",
        ),
        (DAY, "Menurut Laksda Endra Hartono, kapal miring ke kiri."),
    ]);
    assert_eq!(navy.kinds(), [Kind::Title], "{:?}", navy.conflicts);
    // Traps: the same rank with and without its tags, a tag in brackets, and a one-letter
    // initial after the rank (no tag: part of the name).
    let same = run(&[
        (
            DAY,
            "Danlanal Surabaya Kolonel Laut (P) Ahmad Fauzi mengatakan kapal siaga.",
        ),
        (DAY, "Menurut Kolonel Ahmad Fauzi, kapal siaga di Surabaya."),
    ]);
    assert!(same.conflicts.is_empty(), "{:?}", same.conflicts);
    // A police rank written short with "Polisi" after it is one rank, and "Polisi" no part
    // of the name.
    let police = run(&[
        (
            DAY,
            "Kepala Operasi Brigjen Polisi Faizal Ramadhani mengatakan pelaku ditangkap.",
        ),
        (
            DAY,
            "Menurut Brigadir Jenderal Polisi (Brigjen Pol) Faizal Ramadhani, pelaku ditangkap.",
        ),
    ]);
    assert!(police.conflicts.is_empty(), "{:?}", police.conflicts);
    assert_eq!(police.group("Faizal Ramadhani"), "person:faizal ramadhani");
    assert!(police.claims.iter().all(|c| !c.text.starts_with("Polisi")));
    assert_eq!(same.group("Ahmad Fauzi"), "person:ahmad fauzi");
    let initial = run(&[(DAY, "Menurut Letkol K Harun Rasyid, banjir surut.")]);
    assert_eq!(initial.group("K Harun Rasyid"), "person:k harun rasyid");
    // English writes "General" for any general: no rank of its own against "Lt. Gen.".
    let general = run(&[
        (
            DAY,
            "Former national security adviser Lt. Gen. Michael Flynn met the Russian envoy.",
        ),
        (
            DAY,
            "The court heard that General Michael Flynn met the envoy.",
        ),
    ]);
    assert!(
        !general.kinds().contains(&Kind::Title),
        "{:?}",
        general.conflicts
    );
    // Control: two precise ranks of one general still exclude each other.
    let two = run(&[
        (
            DAY,
            "Former national security adviser Lt. Gen. Michael Flynn met the Russian envoy.",
        ),
        (
            DAY,
            "The court heard that Maj. Gen. Michael Flynn met the envoy.",
        ),
    ]);
    assert_eq!(two.kinds(), [Kind::Title], "{:?}", two.conflicts);
}

#[test]
fn a_dateline_city_of_two_words_is_the_place_an_office_is_held_for() {
    // "OUTLET.COM, BIAK NUMFOR – ...": the dateline's city. The article writes "Qzar" alone
    // as a place too; "Bupati Qzar Dorvale, Markus O. Zorblanto" is then the regent of Qzar
    // Dorvale, not a regent of Qzar named Dorvale.
    let text = "QZAR-PAPUA.COM, QZAR DORVALE \u{2013} Pemerintah daerah minta investor datang ke \
                Qzar.\nBupati Qzar Dorvale, Markus O. Zorblanto mengatakan investor datang ke Qzar.";
    let r = run(&[(DAY, text)]);
    assert_eq!(
        r.values(Attribute::Title),
        vec![("Markus O. Zorblanto".to_string(), "Bupati".to_string())]
    );
    assert!(!r.people().contains(&"Dorvale"), "{:?}", r.people());
    // The same city written at the line's start before a hyphen.
    let text = "QZAR DORVALE - Pemerintah daerah minta investor datang ke Qzar.\n\
                Bupati Qzar Dorvale, Markus O. Zorblanto mengatakan investor datang ke Qzar.";
    let r = run(&[(DAY, text)]);
    assert_eq!(
        r.values(Attribute::Title),
        vec![("Markus O. Zorblanto".to_string(), "Bupati".to_string())]
    );
}

#[test]
fn an_acronym_in_brackets_closes_a_title_s_field_before_its_holder() {
    // "Menteri Energi Sumber Daya Mineral (ESDM) Bahlil Lahadalia": the field's words are no
    // person; the name after the acronym holds the office.
    let r = run(&[(
        DAY,
        "Menteri Urusan Qzarmika Dorvale (UQD) Zorbi Lahadan mengatakan harga turun.",
    )]);
    assert_eq!(
        r.values(Attribute::Title),
        vec![("Zorbi Lahadan".to_string(), "Menteri".to_string())]
    );
    // Traps: a place after the acronym is the office's ("(Dishub) Kabupaten Dorvale"); a
    // short name the article writes in brackets is the office's institution ("Kejaksaan
    // Qzarung (Kejaqz)", then "(Kapuspenkum) Kejaqz Harli Zorbat"); one word before the
    // brackets is more often the title's own ("Direktur Penuntutan (Dirtut)").
    let r = run(&[(
        DAY,
        "Kepala Dinas Perhubungan (Dishub) Kabupaten Dorvale, Qzarno Zorbit, menutup jalan.\n\n\
         Menurut Kejaksaan Qzarung (Kejaqz), Kepala Pusat Penerangan Hukum (Kapuspenkum) \
         Kejaqz Harli Zorbat menyebut berkas lengkap.\n\n\
         Direktur Penuntutan (Dirtut) Qzarsus Dorvan Zorbi menyebut berkas lengkap.",
    )]);
    let holders: Vec<String> = r
        .values(Attribute::Title)
        .into_iter()
        .map(|(person, _)| person)
        .collect();
    for name in [
        "Kabupaten Dorvale",
        "Kejaqz Harli Zorbat",
        "Qzarsus Dorvan Zorbi",
    ] {
        assert!(!holders.iter().any(|h| h == name), "{name}: {holders:?}");
    }
}

#[test]
fn a_province_after_a_title_is_its_jurisdiction_not_its_holder() {
    // "Gubernur Riau Abdul Wahid": Abdul Wahid governs Riau (a province of the rules'
    // aliases), so "Riau" is neither a person nor part of his name.
    let r = run(&[
        (
            DAY,
            "KPK menggeledah rumah dinas Gubernur Riau Abdul Wahid.",
        ),
        (
            DAY,
            "Wakil Gubernur Riau SF Hariyanto hadir. Kata Gubernur Riau, rumah itu kosong.",
        ),
    ]);
    assert_eq!(r.key("Abdul Wahid"), "abdul wahid");
    assert!(
        !r.values(Attribute::Title)
            .iter()
            .any(|(subject, _)| subject.contains("Riau")),
        "{:?}",
        r.values(Attribute::Title)
    );
    // Trap: a governor and a deputy of one province are two people, no title conflict.
    assert!(!r.kinds().contains(&Kind::Title), "{:?}", r.conflicts);
    // A head word before a province makes another place: "Selat Bali" is a strait, while
    // "Gubernur Bali Wayan Koster" is Wayan Koster.
    let r = run(&[(
        DAY,
        "Kapal tenggelam di Selat Bali. Gubernur Bali Wayan Koster datang ke Bali.",
    )]);
    assert_eq!(r.key("Selat Bali"), "selat bali");
    assert!(!r.name("Selat Bali").entity().unwrap().known);
    assert_eq!(r.key("Wayan Koster"), "wayan koster");
}

#[test]
fn compatible_and_former_titles_are_no_conflict() {
    let r = run(&[
        (DAY, "Profesor Ana Suri menilai langkah itu."),
        (DAY, "Ilmuwan politik Ana Suri menilai langkah itu."),
        (
            DAY,
            "Mantan Menteri Perdagangan Ratna Kusuma, kini Menteri Luar Negeri Ratna Kusuma.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_rank_for_a_civilian_minister_is_flagged_unless_retired() {
    let r = run(&[
        (DAY, "Menteri Pertahanan Jepang, Gen Nakatani, tiba."),
        (DAY, "Menteri Pertahanan Jepang Jenderal Nakatani tiba."),
    ]);
    assert_eq!(r.kinds(), [Kind::Title]);
    assert!(
        r.conflicts[0].message.contains("\"Gen\""),
        "{}",
        r.conflicts[0].message
    );
    let retired = run(&[
        (DAY, "Menteri Pertahanan Sjafrin Halim tiba."),
        (
            DAY,
            "Menteri Pertahanan Jenderal TNI (Purn.) Sjafrin Halim tiba.",
        ),
    ]);
    assert!(retired.conflicts.is_empty(), "{:?}", retired.conflicts);
}

// ------------------------------------------------------------------ affiliations

#[test]
fn two_universities_for_one_person_conflict_a_university_and_a_ministry_do_not() {
    let r = run(&[
        (
            DAY,
            "Profesor Ana Suri dari Universitas Nusa menilai hal itu.",
        ),
        (
            DAY,
            "Ana Suri, pengajar di Universitas Bahari, menilai hal itu.",
        ),
    ]);
    assert_eq!(r.kinds(), [Kind::Affiliation]);
    let r = run(&[
        (
            DAY,
            "Profesor Ana Suri dari Universitas Nusa menilai hal itu.",
        ),
        (
            DAY,
            "Ana Suri, penasihat di Kementerian Pertahanan, menilai hal itu.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn being_at_a_place_is_no_affiliation() {
    // "di" ties a person to an institution only after a role.
    let r = run(&[
        (DAY, "Profesor Ana Suri dari Universitas Nusa hadir."),
        (
            DAY,
            "Kata Ana Suri di Universitas Bahari, acara itu penting.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_title_alone_stands_for_its_one_holder() {
    let r = run(&[(
        DAY,
        "Sekretaris Jenderal (Sekjen) NATO, Jens Stoltenberg, tiba di Tokyo. \
         Sekjen NATO mengunjungi pangkalan udara. Ia bertemu di Kantor Perdana Menteri Jepang.",
    )]);
    assert_eq!(r.group("Sekjen NATO"), "person:jens stoltenberg");
    // A title inside an office's name names no one.
    assert!(r
        .claims
        .iter()
        .all(|c| !c.text.starts_with("Perdana Menteri")));
}

#[test]
fn a_place_between_an_office_and_its_holder_is_no_part_of_the_name() {
    let r = run(&[(
        DAY,
        "Banjir melanda Kabupaten Garut, Jawa Barat, pada Senin. Kepala BPBD Kabupaten \
         Cianjur, Asep Sukma Wijaya, mengatakan hujan turun sejak pagi. Bupati Garut Rudy \
         Gunawan meninjau lokasi. Gubernur Jawa Tengah Ganjar Pranowo mengirim bantuan. \
         Kapolres Sleman AKBP Yuswanto Ardi menambahkan, jalan ditutup. Menurut Kepala BPBD \
         Majalengka, Dede Supriatna, evakuasi selesai. Kepala BPBD Kabupaten Cianjur \
         mengatakan warga mengungsi.",
    )]);
    let names: Vec<&str> = r
        .claims
        .iter()
        .filter(|c| {
            c.attribute == Attribute::Name
                && c.entity()
                    .is_some_and(|e| e.kind == EntityKind::Person && e.cue != Cue::TitleAlone)
        })
        .map(|c| c.text.as_str())
        .collect();
    // The regency is known from "Kabupaten Garut"; Majalengka and Cianjur are read as
    // places from the comma and the full name after it; Sleman from the rank after it.
    for name in [
        "Asep Sukma Wijaya",
        "Rudy Gunawan",
        "Ganjar Pranowo",
        "Yuswanto Ardi",
        "Dede Supriatna",
    ] {
        assert!(names.contains(&name), "{name} not in {names:?}");
        assert_eq!(r.key(name), name.to_lowercase());
    }
    for place in ["Garut", "Cianjur", "Sleman", "Majalengka"] {
        assert!(
            names.iter().all(|n| !n.contains(place)),
            "{place} read as a person: {names:?}"
        );
    }
    let titles = r.values(Attribute::Title);
    for (who, title) in [
        ("Asep Sukma Wijaya", "Kepala"),
        ("Rudy Gunawan", "Bupati"),
        ("Yuswanto Ardi", "Kepala Kepolisian Resor"),
        ("Yuswanto Ardi", "Ajun Komisaris Besar Polisi"),
    ] {
        assert!(
            titles.iter().any(|(s, t)| s == who && t == title),
            "{who}: {title} not in {titles:?}"
        );
    }
    // The office alone later stands for its one holder.
    assert_eq!(
        r.group("Kepala BPBD Kabupaten Cianjur"),
        "person:asep sukma wijaya"
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_title_after_a_serving_word_is_someone_elses() {
    let r = run(&[(
        DAY,
        "Staf Khusus Gubernur dan Wakil Gubernur Jakarta, Chico Hakim, menanggapi survei. \
         Juru Bicara Presiden, Prasetyo Hadi, menyebut bantuan dikirim. Istri Bupati Garut, \
         Rina Marlina, hadir. The spokesman for President Biden, Andrew Bates, said so.",
    )]);
    let titles = r.values(Attribute::Title);
    for who in ["Chico Hakim", "Rina Marlina", "Andrew Bates"] {
        assert!(
            titles.iter().all(|(s, _)| s != who),
            "{who} holds no title: {titles:?}"
        );
    }
    // The spokesman is a spokesman, not the president.
    let of = |who: &str| -> Vec<&str> {
        titles
            .iter()
            .filter(|(s, _)| s == who)
            .map(|(_, t)| t.as_str())
            .collect()
    };
    assert_eq!(of("Prasetyo Hadi"), vec!["Juru Bicara"]);
    // Controls: a name right after the title served is its holder's; a rank after an
    // office is the holder's own.
    let r = run(&[(
        DAY,
        "Juru Bicara Presiden Prabowo Subianto tiba. Menteri Pertahanan Jepang Jenderal Gen \
         Nakatani tiba. The spokesman for President Joe Biden spoke.",
    )]);
    let titles = r.values(Attribute::Title);
    for (who, title) in [
        ("Prabowo Subianto", "Presiden"),
        ("Gen Nakatani", "Menteri Pertahanan"),
        ("Gen Nakatani", "Jenderal"),
        ("Joe Biden", "Presiden"),
    ] {
        assert!(
            titles.iter().any(|(s, t)| s == who && t == title),
            "{who}: {title} not in {titles:?}"
        );
    }
    assert!(titles.iter().all(|(_, t)| t != "Juru Bicara"), "{titles:?}");
}

#[test]
fn a_list_of_places_after_an_office_names_no_holder() {
    let r = run(&[(
        DAY,
        "Bupati Garut, Tasikmalaya, dan Ciamis hadir. Wali Kota Bandung, Cimahi Selatan, \
         dan Sumedang juga hadir. Presiden Prabowo Subianto membuka acara.",
    )]);
    let people = r.people();
    assert!(
        people
            .iter()
            .all(|n| !n.contains("Tasikmalaya") && !n.contains("Cimahi")),
        "{people:?}"
    );
    assert!(people.contains(&"Prabowo Subianto"), "{people:?}");
}

#[test]
fn a_misspelt_holder_after_an_office_of_a_place_is_flagged() {
    // Before, "Kepala BPBD Cianjur, Asep Sukma Wijaya," gave the person "Cianjur", so a
    // misspelt holder went unnoticed.
    let r = run(&[
        (
            DAY,
            "Kepala BPBD Cianjur, Asep Sukma Wijaya, mengatakan hujan turun sejak pagi.",
        ),
        (
            DAY,
            "Kepala BPBD Cianjur, Asep Sukma Wijaya, mengatakan warga mengungsi.",
        ),
        (
            DAY,
            "Kepala BPBD Cianjur, Asep Sukma Wijyaa, mengatakan jalan ditutup.",
        ),
    ]);
    assert_eq!(r.kinds(), [Kind::Spelling]);
}

#[test]
fn a_field_between_a_title_and_a_name_is_skipped() {
    let r = run(&[(
        DAY,
        "Pengamat kebijakan publik Trubus Rahadiansyah dari Universitas Trisakti menilai \
         aturan itu terburu-buru. Pengamat politik Ujang Komarudin menilai hal serupa. \
         Pengamat menilai Jakarta perlu berbenah.",
    )]);
    assert_eq!(r.key("Trubus Rahadiansyah"), "trubus rahadiansyah");
    assert_eq!(r.key("Ujang Komarudin"), "ujang komarudin");
    let affiliations = r.values(Attribute::Affiliation);
    assert!(
        affiliations
            .iter()
            .any(|(s, v)| s == "Trubus Rahadiansyah" && v == "university trisakti"),
        "{affiliations:?}"
    );
    // A verb after the title is no field: "Jakarta" is no pengamat.
    assert!(r
        .values(Attribute::Title)
        .iter()
        .all(|(s, _)| !s.contains("Jakarta")));
}

#[test]
fn ships_and_programmes_are_named_organisations() {
    let r = run(&[(
        DAY,
        "Armada dipimpin kapal induk HMS Prince of Wales. Jepang ingin ikut program NATO \
         Security Assistance and Training for Ukraine (NSATU).",
    )]);
    assert_eq!(r.key("HMS Prince of Wales"), "ship prince wales");
    assert_eq!(
        r.key("NATO Security Assistance and Training for Ukraine"),
        "nato security assistance and training for ukraine"
    );
}

// ------------------------------------------------------------------ names with no cue

/// The spelling conflicts of a run, as (subject, message).
/// Asserts that `texts`, articles of `day`, give no spelling conflict.
fn assert_no_spelling(day: &str, texts: &[String]) {
    let articles: Vec<(&str, &str)> = texts.iter().map(|t| (day, t.as_str())).collect();
    let r = run(&articles);
    assert!(
        !r.conflicts.iter().any(|c| c.kind == Kind::Spelling),
        "{texts:?}: {:#?}",
        r.conflicts
    );
}

/// Each spelling conflict of `r`: its message and its evidence texts.
fn spelling_evidence(r: &Run) -> Vec<(&str, Vec<&str>)> {
    r.conflicts
        .iter()
        .filter(|c| c.kind == Kind::Spelling)
        .map(|c| {
            let texts = c.evidence.iter().map(|e| e.text.as_str()).collect();
            (c.message.as_str(), texts)
        })
        .collect()
}

fn spellings(r: &Run) -> Vec<String> {
    r.conflicts
        .iter()
        .filter(|c| c.kind == Kind::Spelling)
        .map(|c| c.message.to_string())
        .collect()
}

#[test]
fn a_capitalised_run_with_no_cue_is_a_name_claim() {
    let r = run(&[(
        DAY,
        "Gol kedua dicetak Tarou Hikawa, lalu Ren Sakuma dan Kenji Moto menambah gol. Pasukan \
         pelatih menang di Stadion Marindo.",
    )]);
    assert_eq!(
        r.name("Tarou Hikawa").entity().unwrap().cue,
        Cue::Capitalised
    );
    assert_eq!(r.group("Ren Sakuma"), "person:ren sakuma");
    // A head word types the run: a stadium is a place.
    assert_eq!(r.group("Stadion Marindo"), "place:stadion marindo");
    // Traps: a word capitalised because it opens a sentence ("Gol", "Pasukan") is no name.
    assert!(r.claims.iter().all(|c| !c.text.starts_with("Gol")));
    assert!(r.claims.iter().all(|c| !c.text.starts_with("Pasukan")));
}

#[test]
fn a_word_glued_to_a_name_by_a_lost_space_is_no_part_of_it() {
    // Scraped pages lose the space around a link: "sementara,Fajar Alfian/Muhammad
    // Shohibul Fikrisudah memasang target". The name is the one the other outlet writes.
    let r = run(&[
        (
            DAY,
            "Dipasangkan sementara,Fajar Alfian/Muhammad Shohibul Fikrisudah memasang target \
             tinggi. Fikri sudah siap.",
        ),
        (
            DAY,
            "Pasangan baru Muhammad Shobibul Fikri siap tampil, kata pelatih.",
        ),
        (
            DAY,
            "Pasangan baru Muhammad Shohibul Fikri siap tampil, kata pelatih.",
        ),
    ]);
    assert!(r
        .claims
        .iter()
        .any(|c| c.article == 0 && c.text == "Muhammad Shohibul Fikri"));
    assert!(r.claims.iter().all(|c| !c.text.contains("Fikrisudah")));
    // So two articles against one write "Shohibul".
    assert!(
        spellings(&r)[0].contains("(2 articles)"),
        "{:?}",
        r.conflicts
    );
    // Trap: written so twice, a word is a name of its own.
    let r = run(&[(
        DAY,
        "Hadir Budi Fikrisudah. Budi Fikrisudah sudah siap, kata Budi.",
    )]);
    assert_eq!(r.key("Budi Fikrisudah"), "budi fikrisudah");
}

#[test]
fn competitions_and_gatherings_are_named_but_no_people() {
    // A run of three capitalised words with no head word is taken for a person; a
    // competition's or a meeting's is not. Were "Piala Dunia Antarklub" a person, "Grup
    // GPiala Dunia Antarklub" (a lost space) would be his name less one word, misspelt.
    let r = run(&[
        (
            DAY,
            "Juventus bertemu Al Ain di Grup G Piala Dunia Antarklub. Laga Grup GPiala Dunia \
             Antarklub digelar di Amerika Serikat.",
        ),
        (
            DAY,
            "Juventus menang di Piala Dunia Antarklub. Keputusan diambil dalam Rapat Anggota \
             Luar Biasa. Tim tampil di Club World Cup.",
        ),
    ]);
    assert!(r
        .group("Piala Dunia Antarklub")
        .starts_with("organisation:"));
    assert!(r
        .group("Rapat Anggota Luar Biasa")
        .starts_with("organisation:"));
    assert!(r.group("Club World Cup").starts_with("organisation:"));
    assert!(spellings(&r).is_empty(), "{:?}", spellings(&r));
    // Trap: a run with no such word is still a person's name.
    let r = run(&[(DAY, "Gol dicetak Tarou Hikawa di laga itu.")]);
    assert_eq!(r.group("Tarou Hikawa"), "person:tarou hikawa");
}

#[test]
fn a_word_opening_a_sentence_joins_a_name_only_when_the_article_writes_it_as_one() {
    let r = run(&[(
        DAY,
        "Warga melihat asap. Tarou Hikawa mencetak gol. Umpan dari Tarou Hikawa bagus. \
         Warga Lembah Sari Indah mengungsi; warga lain bertahan.",
    )]);
    // "Tarou" opens a sentence but is written inside one too: part of the name.
    assert_eq!(r.key("Tarou Hikawa"), "tarou hikawa");
    // "Warga" is written in lower case elsewhere: not part of "Lembah Sari Indah".
    assert_eq!(r.key("Lembah Sari Indah"), "lembah sari indah");
}

#[test]
fn a_head_word_opening_a_sentence_opens_the_name() {
    let r = run(&[(
        DAY,
        "Komisi Pemberantasan Korupsi menahan dua orang. Polda Metro Jaya menangkap pelaku. \
         Kabupaten Garut dilanda banjir. Tim Sumatra Utara All Stars kalah.",
    )]);
    assert_eq!(
        r.group("Komisi Pemberantasan Korupsi"),
        "organisation:komisi pemberantasan korupsi"
    );
    assert_eq!(r.group("Polda Metro Jaya"), "organisation:polda metro jaya");
    assert_eq!(r.group("Kabupaten Garut"), "place:kabupaten garut");
    // Trap: a head word that opens many sentences as a common noun ("Tim SAR gabungan")
    // joins only when the article writes it so inside a sentence too.
    assert!(r.claims.iter().all(|c| !c.text.starts_with("Tim ")));
    let _ = r.name("Sumatra Utara All Stars");
}

#[test]
fn headlines_give_only_their_list_items() {
    let r = run(&[(
        DAY,
        "Tim Merah Libas Tim Biru Lima Gol Tanpa Balas\n\nSusunan pemain: Tarou Hikawa, Ren Sakuma, \
         Kenji Moto (Daigo Ueno 70')\n\nPertandingan berlangsung ketat.",
    )]);
    assert_eq!(r.group("Ren Sakuma"), "person:ren sakuma");
    // The headline is in title case: its words are not names.
    assert!(r.claims.iter().all(|c| !c.text.contains("Libas")));
}

#[test]
fn a_near_miss_name_with_no_cue_is_flagged_with_the_majority_form() {
    let line = |name: &str| format!("Gol kedua dicetak {name} pada menit ke-55.");
    let r = run(&[
        (DAY, &line("Tarou Hikawa")),
        (DAY, &line("Tarou Hikawa")),
        (DAY, &line("Tarou Hikama")),
    ]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{s:?}");
    assert!(
        s[0].contains("most articles write \"Tarou Hikawa\""),
        "{s:?}"
    );
    // Trap: two players who share a family name and differ in given name stay apart.
    let r = run(&[(DAY, &line("Kaito Hikawa")), (DAY, &line("Tarou Hikawa"))]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_word_dropped_from_a_name_is_flagged_on_the_evidence_of_more_articles() {
    let ship = |name: &str| format!("Kapal {name} tenggelam di perairan itu.");
    // The article that writes the name with a word left out writes it in full twice.
    let slipped = format!(
        "{} {} Warga melihat {} dari pantai.",
        ship("KMP Sinar Bahari Jaya"),
        ship("KMP Sinar Bahari Jaya"),
        "KMP Sinar Jaya"
    );
    let r = run(&[
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &slipped),
    ]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: one article each is no evidence (two headlines' phrases, two ferries).
    let r = run(&[
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &ship("KMP Sinar Jaya")),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a name with an inner word left out in an article of its own is a short form
    // in use ("Stadion Bukit Jalil" beside "Stadion Nasional Bukit Jalil"), however many
    // articles write the full name.
    let r = run(&[
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &ship("KMP Sinar Jaya")),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: nor is it where its article writes the full name only as often.
    let both = format!(
        "{} Warga melihat KMP Sinar Jaya.",
        ship("KMP Sinar Bahari Jaya")
    );
    let r = run(&[
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &ship("KMP Sinar Bahari Jaya")),
        (DAY, &both),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_person_named_without_the_last_name_is_compared_with_the_full_name() {
    let r = run(&[
        (DAY, "Terdakwa Yordan Kornelis Panjaitan hadir di sidang."),
        (DAY, "Terdakwa Yordan Korneles hadir di sidang."),
    ]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: the same name with and without the last name is one name, no misspelling.
    let r = run(&[
        (DAY, "Terdakwa Yordan Kornelis Panjaitan hadir di sidang."),
        (DAY, "Terdakwa Yordan Kornelis hadir di sidang."),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn spacing_accents_and_accepted_variants_are_no_misspelling() {
    let said = |name: &str| format!("Kata saksi {name} di lokasi.");
    for (a, b) in [
        ("Vikram Kumar Mehta", "Vikramkumar Mehta"),
        ("Gedung Légion Tarvo", "Gedung Legion Tarvo"),
        ("Harbour Command Centre", "Harbour Command Center"),
        ("Kantor Perlindungan Warga", "Kantor Pelindungan Warga"),
        ("Muhammad Rasyid Lubis", "Mohammad Rasyid Lubis"),
        // A police unit and its headquarters ("Ma-", markas).
        ("Mapolsek Sungai Pinang", "Polsek Sungai Pinang"),
        // One loanword in two spellings.
        ("Manajer Humas Daop Sorawang", "Manager Humas Daop Sorawang"),
        // A plural and the word for its members.
        ("Dorvale Tea Parties", "Dorvale Tea Partiers"),
    ] {
        let r = run(&[(DAY, &said(a)), (DAY, &said(b)), (DAY, &said(a))]);
        assert!(spellings(&r).is_empty(), "{a} / {b}: {:?}", r.conflicts);
    }
    // Trap: a slip in a word with such an ending is still one.
    let (a, b) = ("Dorvale Tea Partiers", "Dorvale Tea Partiars");
    let r = run(&[(DAY, &said(a)), (DAY, &said(b)), (DAY, &said(a))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn two_agreeing_words_vouch_for_a_word_two_letters_off() {
    // "Sondarapi" / "Sondapari": two letters changed in nine (similarity 0.78).
    let said = |name: &str| format!("Hadir pula {name} di lokasi.");
    let r = run(&[
        (DAY, &said("Rama Mohan Naidu Sondarapi")),
        (DAY, &said("Rama Mohan Naidu Sondapari")),
    ]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: with one other word, two letters changed in a shorter word make another name
    // (a letter moved needs `spelling_moved_letter_min_chars`, 7).
    let r = run(&[(DAY, &said("Rani Darapi")), (DAY, &said("Rani Dapari"))]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn one_letter_apart_in_two_unrelated_stories_is_two_names() {
    // Each article has its own cast of three other names and shares none with the other:
    // "Kabupaten Sorawa" and "Kabupaten Soraw" are two regencies, not a misspelling.
    let r = run(&[
        (
            DAY,
            "Banjir melanda Kabupaten Sorawangi. Kata saksi Ardi Pratomo, Lina Kusmawati dan \
             Dedi Santoso di posko.",
        ),
        (
            DAY,
            "Festival digelar di Kabupaten Sorawang. Hadir Maya Anggraeni, Tono Budiarto dan \
             Rudi Hartanto di panggung.",
        ),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // The same pair in two reports of one story (a name in common) is flagged.
    let r = run(&[
        (
            DAY,
            "Banjir melanda Kabupaten Sorawangi. Kata saksi Ardi Pratomo, Lina Kusmawati dan \
             Dedi Santoso di posko.",
        ),
        (
            DAY,
            "Banjir di Kabupaten Sorawang. Hadir Maya Anggraeni, Tono Budiarto dan Ardi Pratomo \
             di posko.",
        ),
    ]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn two_forms_each_in_use_in_their_own_story_are_two_names() {
    // "Kabupaten Sorawang" in two reports of a flood, "Kabupaten Sorawangi" in two reports
    // of a festival two months later; one flood report and one festival report share a name
    // (Dedi Santoso), so they are related, but the stories are two and each form is the one
    // its story uses.
    let flood1 = "Banjir melanda Kabupaten Sorawang. Kata saksi Ardi Pratomo, Lina Kusmawati dan \
                  Dedi Santoso di posko.";
    let flood2 = "Banjir surut di Kabupaten Sorawang. Ardi Pratomo dan Lina Kusmawati membantu \
                  warga.";
    let fest1 = "Festival digelar di Kabupaten Sorawangi. Hadir Maya Anggraeni, Tono Budiarto dan \
                 Dedi Santoso di panggung.";
    let fest2 = "Festival ditutup di Kabupaten Sorawangi. Maya Anggraeni dan Tono Budiarto \
                 menari.";
    const LATER: &str = "2025-04-22";
    let r = run(&[(DAY, flood1), (DAY, flood2), (LATER, fest1), (LATER, fest2)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Control: one form written once against the other's two, across the same related pair,
    // is still a slip to report.
    let r = run(&[(DAY, flood1), (DAY, flood2), (LATER, fest1)]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Control: both forms in use within one story meet.
    let flood3 = "Banjir kembali melanda Kabupaten Sorawangi. Ardi Pratomo dan Lina Kusmawati \
                  berjaga.";
    let flood4 = flood3.replace("kembali", "lagi");
    let r = run(&[(DAY, flood1), (DAY, flood2), (DAY, flood3), (DAY, &flood4)]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn one_word_set_off_by_commas_before_a_speech_verb_is_a_name() {
    // "Direktur Gempa Bumi dan Tsunami BMKG, Daryono, menjelaskan" (real): many people are
    // named by one word, and a slip of it ("Daryyono") is then compared with it.
    let said = |name: &str| {
        format!(
            "Direktur Gempa Bumi dan Tsunami BMKG, {name}, menjelaskan bahwa pusat gempa berada \
             di laut."
        )
    };
    let r = run(&[(DAY, &said("Qzarnoko"))]);
    assert!(r.people().contains(&"Qzarnoko"), "{:?}", r.people());
    let r = run(&[
        (DAY, &said("Qzarnoko")),
        (DAY, &said("Qzarnoko")),
        (DAY, &said("Qzarnokko")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Spelling], "{:?}", r.conflicts);
    // Traps: a date word; a word the article writes in lower case; a head word.
    for (word, more) in [
        ("Senin", ""),
        ("Sebaliknya", " Sebaliknya, sebaliknya juga benar."),
        ("Bandara", ""),
    ] {
        let r = run(&[(DAY, &format!("{}{more}", said(word)))]);
        assert!(!r.people().contains(&word), "{word}: {:?}", r.people());
    }
}

#[test]
fn a_title_before_a_name_that_holds_another_office_now_is_former() {
    // "di bawah pimpinan Danjen Kopassus Mayjen TNI Prabowo Subianto yang kini menjabat
    // sebagai Presiden" (real): his rank then, not a second title now.
    let now = "Presiden Qzarno Dorvalesa membuka sidang kabinet di Istana.";
    let then = |after: &str| {
        format!(
            "Operasi itu berada di bawah pimpinan Mayjen TNI Qzarno Dorvalesa{after}, kata \
             sejarawan."
        )
    };
    let r = run(&[
        (DAY, now),
        (DAY, now),
        (DAY, &then(" yang kini menjabat sebagai Presiden")),
    ]);
    assert!(r.kinds().is_empty(), "{:?}", r.conflicts);
    // Control: the rank with no such words is his now, against the office.
    let r = run(&[(DAY, now), (DAY, now), (DAY, &then(""))]);
    assert_eq!(r.kinds(), vec![Kind::Title], "{:?}", r.conflicts);
    // Trap: "yang kini berada di ..." tells where he is, not another office.
    let r = run(&[
        (DAY, now),
        (DAY, now),
        (DAY, &then(" yang kini berada di Jakarta")),
    ]);
    assert_eq!(r.kinds(), vec![Kind::Title], "{:?}", r.conflicts);
}

#[test]
fn a_kind_of_office_every_regency_has_ties_no_two_stories() {
    // Waste reports of "Kabupaten Bandung" and of "Kabupaten Badung" (real) each name their
    // regency's "Dinas Lingkungan Hidup" (environment office), as every regency has: a kind
    // of office, which tells no story apart, so the two regencies' reports are two stories
    // and each name is the one its story uses.
    let report = |regency: &str, office: &str, cast: &str| {
        format!(
            "Sampah menumpuk di {regency}. Hal itu dikatakan petugas {office}, {cast}, kepada \
             wartawan."
        )
    };
    let texts = |office: &str| {
        let mut out = Vec::new();
        for _ in 0..3 {
            out.push(report("Kabupaten Sorawang", office, "Ardi Pratomo"));
            out.push(report("Kabupaten Sorawangi", office, "Maya Anggraeni"));
        }
        out
    };
    let articles = |texts: &[String]| -> Vec<(&'static str, String)> {
        texts.iter().map(|t| (DAY, t.clone())).collect()
    };
    let run_all = |list: &[(&str, String)]| {
        let refs: Vec<(&str, &str)> = list.iter().map(|(d, t)| (*d, t.as_str())).collect();
        run(&refs)
    };
    let r = run_all(&articles(&texts("Dinas Lingkungan Hidup")));
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Control: an office of its own name in all six ties them into one story, where the
    // two forms meet.
    let r = run_all(&articles(&texts("Yayasan Qzarwa Lestari")));
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn an_office_and_its_place_after_a_title_are_no_holder() {
    // "Kepala Dinas Kesehatan Kabupaten Garut, Satria Budi": an office and its place too
    // long for a name, closed by a comma and a full name, are the title's field; the name
    // after the comma holds the title. "Plt Kadis Lingkungan Hidup Badung, ..." (real):
    // "Kadis" is the head of such an office.
    for text in [
        "Kepala Dinas Kesehatan Kabupaten Qzarwa, Ardi Pratomo, mengatakan stok vaksin cukup.",
        "Plt Kadis Lingkungan Hidup Qzarwa, Ardi Pratomo, mengatakan truk sampah dikerahkan.",
    ] {
        let r = run(&[(DAY, text)]);
        assert!(r.people().contains(&"Ardi Pratomo"), "{text}");
        let titles = r.values(Attribute::Title);
        assert!(
            !titles.is_empty() && titles.iter().all(|(who, _)| who == "Ardi Pratomo"),
            "{text}: {titles:?}"
        );
    }
    // A place after the office with no name after it is the office's jurisdiction, no
    // person holding the title ("dipanggil Kepala Dinas Pendidikan Kabupaten Bogor.").
    let r = run(&[(
        DAY,
        "Kepala sekolah itu akan dipanggil Kepala Dinas Pendidikan Kabupaten Qzarwa.",
    )]);
    assert!(
        r.claims.iter().all(|c| c.attribute != Attribute::Title),
        "{:?}",
        r.texts(Attribute::Title)
    );
}

#[test]
fn a_form_that_meets_one_form_does_not_bring_in_another() {
    // "Pengadilan Negeri Sorawang" and its slip "Pengadilan Negeri Sorawan" in one court
    // report; "Pengadilan Negeri Sorawangi", another court, in an unrelated story. Only the
    // two forms that meet are reported.
    let r = run(&[
        (
            DAY,
            "Sidang digelar di Pengadilan Negeri Sorawang. Hakim Ardi Pratomo, Lina Kusmawati dan \
             Dedi Santoso hadir. Putusan Pengadilan Negeri Sorawan dibacakan.",
        ),
        (
            DAY,
            "Gugatan didaftarkan di Pengadilan Negeri Sorawangi. Hadir Maya Anggraeni, Tono \
             Budiarto dan Rudi Hartanto.",
        ),
    ]);
    let found = spellings(&r);
    assert_eq!(found.len(), 1, "{:?}", r.conflicts);
    assert!(!found[0].contains("Sorawangi"), "{found:?}");
}

#[test]
fn a_one_word_name_meets_its_forms_in_other_stories_only_under_one_title() {
    let court = "Gugatan Indra Adhitya disidangkan di Pengadilan Negeri Karangtengah. Pengacara \
                 memastikan Indra akan hadir. Hakim Rudi Hartanto, panitera Lina Kusmawati dan \
                 saksi Dedi Santoso mendengarkan.";
    let court2 = "Kemarin Indra Adhitya tiba di Pengadilan Negeri Karangtengah. Ia bertemu Rudi \
                  Hartanto dan Lina Kusmawati, lalu Indra pulang.";
    // Another story that shares one name (Dedi Santoso) with the first: related articles.
    let roads =
        "Proyek jalan tol dibahas di Jakarta. Rapat itu dipimpin Camat Indri bersama staf. \
                 Hadir Maya Anggraeni, Tono Budiarto dan Dedi Santoso.";
    // Trap: "Indra" of a court story and "Indri" of another story are two names.
    let r = run(&[(DAY, court), (DAY, court2), (DAY, roads)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Control: the same one-word forms in one story (two names in common) are one name.
    let roads = roads.replace("Maya Anggraeni", "Rudi Hartanto");
    let r = run(&[(DAY, court), (DAY, court2), (DAY, &roads)]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Control: in two stories (two months apart, one name in common), written with one
    // title, they are one person misspelt.
    let minister = |title: &str, name: &str, cast: &str| {
        format!("{title} {name} hadir di Istana Wanasari. Turut hadir {cast}.")
    };
    let a = minister(
        "Menteri Luar Negeri",
        "Sugiono",
        "Rudi Hartanto, Lina Kusmawati dan Dedi Santoso",
    );
    let b = minister(
        "Menteri Luar Negeri",
        "Sugiono",
        "Rudi Hartanto dan Lina Kusmawati",
    );
    let cast = "Maya Anggraeni, Tono Budiarto dan Dedi Santoso";
    let c = minister("Menteri Luar Negeri", "Sugiyono", cast);
    let later = "2025-04-28";
    let r = run(&[(DAY, &a), (DAY, &b), (later, &c)]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: with another title there, nothing says it is the same person.
    let c = minister("Menteri Perdagangan", "Sugiyono", cast);
    let r = run(&[(DAY, &a), (DAY, &b), (later, &c)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_misspelt_surname_beside_the_full_name_is_a_misspelling() {
    let r = run(&[(
        DAY,
        "Ia bertemu Menteri Pertahanan Jepang, Daisuke Okahara, di Tokyo. Sebelumnya, Okahora \
         mengadakan pembicaraan dengan Menteri Pertahanan Ukraina Iryna Shevchenuk.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    assert!(
        spellings(&r)[0].contains("\"Okahora\""),
        "{:?}",
        r.conflicts
    );
    // A given name misspelt, beside a full name written with a title.
    let r = run(&[(
        DAY,
        "Kepala Basarnas Fransiskus Xaverius Lado hadir di lokasi. Tim bekerja keras, kata \
         Fransikus.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: another item of a list in the clause of the full name.
    let r = run(&[(
        DAY,
        "Paket itu memberi akses ke Prime Video, Noice, WeTV, Vidio dan Fita. Menurut \
         Hermawan Susanto, minat pelanggan naik.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: the first word of a capitalised run with no cue is no given name.
    let r = run(&[(
        DAY,
        "Kemarin redaksi Jerusalem Post melaporkannya. Sebelumnya, Yerusalem diguncang \
         ledakan, kata Hermawan Susanto.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a name that is a word of another full name of the run is that person's.
    let r = run(&[(
        DAY,
        "Kepala Dinas Indra Wijaya hadir. Hadir pula Indri Lestari. Menurut Indri, acara \
         berjalan lancar.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: with no other word to vouch for it, a surname with another first letter is
    // another person's (the signature of an embedded post by Aaron Blake, whose given name
    // opens a sentence, beside Senator Jeff Flake).
    let flake = "Senator Jeff Flake said he would not vote for Moore.";
    let r = run(&[(
        DAY,
        &format!("{flake} Ballots are already printed. Aaron Blake (@AaronBlake) November 9, 2017"),
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    assert_eq!(
        same_word("blake", "flake", &Rules::builtin().unwrap()),
        None
    );
    // Trap: a place after a preposition of place is no surname ("di Nagano" beside "Kaori
    // Nakano").
    let r = run(&[(
        DAY,
        "Perusahaan yang berbasis di Nagano, Jepang Tengah itu menyebut pengiriman akan \
         tertunda.\n\nMenurut pakar mode sekaligus dosen tamu di Aoyama Gakuin University \
         Tokyo, Kaori Nakano, pilihan itu kuat.\n\nNakano menambahkan, tas tersebut menarik.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a head word written alone names a kind of thing, no person ("Office" beside a
    // reader who signs "Contracting Officer").
    let r = run(&[(
        DAY,
        "Can only speak from experience. I am Contracting Officer and never saw such a \
         contract.\n\nThe Center for Union Facts analyzed agreements obtained from the \
         Department of Labor’s Office of Labor-Management Standards.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    assert_eq!(
        same_word("okahora", "okahara", &Rules::builtin().unwrap()),
        Some(true)
    );
}

/// Within one article a person's other mentions vouch for the name: a short word of it one
/// letter off is a slip (`slip_in_article`, `spelling_min_chars_in_article`), also where it
/// opens a sentence before a speech verb or before the rest of the name.
#[test]
fn a_short_word_of_a_name_one_letter_off_in_its_article_is_a_slip() {
    // A given name of three letters, as he speaks, opening a sentence.
    let r = run(&[(
        DAY,
        "\"Evakuasi selesai,\" kata Kepala Basarnas Ody Prasetyo Sutarno di pelabuhan.\n\n\
         Ody mengungkapkan korban berenang sendirian.\n\nOdi menuturkan pemandu sempat \
         menolong.\n\n\"Korban dibawa ke puskesmas,\" ujar Ody.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    assert!(spellings(&r)[0].contains("\"Odi\""), "{:?}", r.conflicts);
    // A given name of four letters before the surname the article writes with the right
    // one, the run opening a sentence.
    let r = run(&[(
        DAY,
        "Gol pertama dicetak Randal Kelo Manoa pada menit ke-11.\n\nUmpan panjang \
         menjangkau Kelo Manoa di kotak penalti.\n\nKalo Manoa punya kesempatan di menit \
         ke-66.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    assert!(
        spellings(&r)[0].contains("\"Kalo Manoa\""),
        "{:?}",
        r.conflicts
    );
    // Trap: two people of one surname with given names one letter apart, each written as
    // often, are two people (siblings in one article).
    let r = run(&[(
        DAY,
        "Kakak beradik Ardi Wiranata dan Andi Wiranata hadir. Ardi Wiranata menang, kata \
         pelatih, sedangkan Andi Wiranata kalah.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a short word opening a sentence with no speech verb after it is no name
    // ("Eda" beside "Edo Pratama" is no mention).
    let r = run(&[(
        DAY,
        "Menurut Edo Pratama, warga hadir. Edo mengatakan acara lancar. Eda sendiri adalah \
         nama kampung itu.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a short capitalised word with no speech verb beside it is no name, though one
    // letter off a name the article writes often ("Air view" beside "Rina Aid").
    let r = run(&[(
        DAY,
        "Menurut Rina Aid, ponsel itu bagus. Fitur Air view masih ada. Aid menambahkan, \
         fitur lain juga ada, kata Aid.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: across articles a short given name one letter off is not compared (two
    // victims "Rian" and "Riyan" may be two people).
    let r = run(&[
        (DAY, "Korban bernama Riyan Saputra tewas, kata polisi."),
        (DAY, "Korban bernama Rian Saputra tewas, kata polisi."),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    let rules = Rules::builtin().unwrap();
    assert!(slip_in_article("edi", "edy", &rules));
    assert!(slip_in_article("kalo", "kolo", &rules));
    // Traps: another first letter, two edits, a word shorter than three letters, a
    // variant of one name.
    assert!(!slip_in_article("adi", "edi", &rules));
    assert!(!slip_in_article("edi", "eko", &rules));
    assert!(!slip_in_article("al", "an", &rules));
    assert!(!slip_in_article("rizki", "rizky", &rules));
}

/// English ways of naming around a known name are no slips of it: a people's word
/// (`derived` in `aliases.yaml`), a word joined to a name by a particle ("Stade de
/// France"), a common word of a name typed a person's; and a roster of hundreds of
/// people names people one letter apart.
#[test]
fn words_made_from_a_name_and_names_with_a_particle_are_no_slips() {
    // Trap: the people's word of a known name ("Israeli" beside "Israel", "German" beside
    // "Germany") is no misspelling of it.
    let r = run(&[(
        DAY,
        "He had since moved to Israel, the owner said. One gala was in support of the \
         Israeli border police. The German squad stayed at the hotel; Germany played France.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a word joined to a known name by a particle is part of a name ("Stade de
    // France"), no slip of a word of another name ("Islamic State").
    let r = run(&[(
        DAY,
        "Hollande blamed Islamic State for the attacks. The bombers struck outside the Stade \
         de France, and the state of emergency was declared.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a word with a head word after it names a place of its own ("Chiba
    // prefecture" beside "China").
    let r = run(&[(
        DAY,
        "A blaze swept an oil refinery in Ichihara city, Chiba prefecture. China offered \
         help, and China sent a rescue team.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: "America" is one of the names of the United States.
    let r = run(&[(
        DAY,
        "France and America pledged to intensify airstrikes, the United States said.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // A slip of a known name's word, written once beside it, is still one.
    let r = run(&[(
        DAY,
        "Pertemuan Amerika Seriakt dan China digelar di London, kata pejabat Amerika Serikat.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: in a roster of more people than `spelling_max_people_in_article`, two
    // surnames one letter apart are two players.
    let rules = Rules::builtin().unwrap();
    let many = rules.settings.spelling_max_people_in_article + 1;
    let roster: Vec<String> = (0..many)
        .map(|k| format!("Pemain Nomor{} Kelompok{}", letters(k), letters(k + 7)))
        .collect();
    let text = format!(
        "Daftar pemain: {}. Pelatih Gary Megson hadir. Tim juga memanggil Merson (Harlesden).",
        roster.join(", ")
    );
    let r = run(&[(DAY, &text)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // The same lines in a short article: the slip is one.
    let r = run(&[(
        DAY,
        "Pelatih Gary Megson hadir. Tim juga memanggil Merson (Harlesden).",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

/// A word of capitals for `k`, for made-up names ("Ba", "Bb", ...).
fn letters(mut k: usize) -> String {
    let mut out = String::new();
    loop {
        out.push((b'a' + (k % 26) as u8) as char);
        k /= 26;
        if k == 0 {
            break;
        }
    }
    let mut cs = out.chars();
    cs.next()
        .map_or(String::new(), |c| c.to_uppercase().chain(cs).collect())
}

#[test]
fn model_numbers_and_footnote_digits_are_no_misspellings() {
    let said = |name: &str| format!("Hadir pula {name} di lokasi.");
    for (a, b) in [
        ("Galaxy Flip5", "Galaxy Flip6"),
        ("Makam Jatiwaringin", "Makam Jatiwaringin2"),
    ] {
        let r = run(&[(DAY, &said(a)), (DAY, &said(b)), (DAY, &said(a))]);
        assert!(spellings(&r).is_empty(), "{a} / {b}: {:?}", r.conflicts);
    }
    // Trap: a slip in a word with such an ending is still one.
    let (a, b) = ("Dorvale Tea Partiers", "Dorvale Tea Partiars");
    let r = run(&[(DAY, &said(a)), (DAY, &said(b)), (DAY, &said(a))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn a_consistent_longer_name_is_not_a_misspelling_of_a_consistent_shorter_one() {
    // Many articles write each: two people ("Aya Kitasawa", "Aya Kitagawa-Inoue"), not a
    // name with a word left out and a letter changed.
    let said = |name: &str| format!("Kata saksi {name} di lokasi.");
    let a = said("Aya Kitasawa");
    let b = said("Aya Kitagawa-Inoue");
    let r = run(&[(DAY, &a), (DAY, &a), (DAY, &b), (DAY, &b)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn affiliations_written_before_the_name_or_after_a_role() {
    let r = run(&[
        (
            DAY,
            "Menurut ekonom Universitas Andalas, Rina Putri, inflasi naik.",
        ),
        (
            DAY,
            "Rina Putri, peneliti Universitas Riau, mengatakan inflasi naik.",
        ),
        (DAY, "Temple University's Rina Putri said inflation rose."),
    ]);
    let mut orgs: Vec<String> = r
        .values(Attribute::Affiliation)
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    orgs.sort();
    assert_eq!(
        orgs,
        ["university andalas", "university riau", "university temple"]
    );
    assert_eq!(r.kinds(), [Kind::Affiliation]);
    // Traps: an institution and a name with no role between ("di Universitas Riau, Rina
    // Putri bertemu ...") and a plural "s" that is no possessive tie nobody.
    let r = run(&[
        (DAY, "Di Universitas Riau, Rina Putri bertemu mahasiswa."),
        (DAY, "Temple University s Rina Putri hadir."),
    ]);
    assert!(
        r.values(Attribute::Affiliation).is_empty(),
        "{:?}",
        r.values(Attribute::Affiliation)
    );
}

#[test]
fn one_word_before_a_known_name_or_a_number_is_no_holder() {
    let r = run(&[(
        DAY,
        "Kata Gubernur Bank of England, Dave Ramsden, suku bunga turun. Aturan itu ada di \
         Permendagri Nomor 13 dan Kepmendagri Nomor 7.",
    )]);
    assert!(
        r.claims.iter().all(|c| c.text != "Nomor"),
        "{:?}",
        r.values(Attribute::Title)
    );
    assert_eq!(r.group("Bank of England"), "organisation:bank england");
    // Trap: a one-word holder with nothing after it is still a holder.
    let r = run(&[(DAY, "Menteri Pertahanan Jepang Nakatani hadir.")]);
    assert_eq!(
        r.values(Attribute::Title),
        [("Nakatani".to_string(), "Menteri Pertahanan".to_string())]
    );
}

#[test]
fn a_date_in_another_clause_does_not_date_a_title() {
    // The 2019 of the talks is in another clause ("yang ...", after the speech verb): both
    // titles are of February 2025, and they clash.
    let r = run(&[
        (
            "2025-02-18",
            "Gubernur Jawa Tengah Dimas Prakoso, yang memimpin delegasi, mengatakan perundingan \
             dimulai pada 2019.",
        ),
        (
            "2025-02-19",
            "Wakil Gubernur Jawa Tengah Dimas Prakoso membuka acara.",
        ),
    ]);
    assert_eq!(r.kinds(), [Kind::Title]);
    // Trap: a date in the title's own clause dates it: a deputy in 2019 is history.
    let r = run(&[
        (
            "2025-02-18",
            "Pada 2019 Gubernur Jawa Tengah Dimas Prakoso memimpin delegasi.",
        ),
        (
            "2025-02-19",
            "Wakil Gubernur Jawa Tengah Dimas Prakoso membuka acara.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_word_of_a_full_name_written_alone_is_compared_with_it() {
    let r = run(&[(
        DAY,
        "Pastor Fransiskus Xaverius Lado memimpin misa. Menurut Fransiskus, umat hadir. \
         Kemudian Fransikus berdoa bersama Fransiskus dan warga.",
    )]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{:?}", r.conflicts);
    assert!(s[0].contains("\"Fransikus\""), "{s:?}");
    // Trap: a word the article writes in lower case is a common word capitalised by
    // chance ("Sampai" next to the name "Sampah Plastik"), not a slip in a name.
    let text = |lower: &str| {
        format!(
            "Gerakan Sampah Plastik digelar. Kata relawan, Sampah datang dari pasar. Kata \
             warga, Sampai kini pos penuh{lower}."
        )
    };
    let r = run(&[(DAY, &text(" dan buka sampai sore"))]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // The same text without "sampai" in lower case: the near-miss is reported.
    let r = run(&[(DAY, &text(""))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn a_list_of_offices_names_no_holder() {
    // Offices listed with commas: no one holds them all, and no office is a name.
    let r = run(&[(
        DAY,
        "Tim itu dibentuk berdasarkan keputusan bersama Menteri Kehakiman, Menteri Dalam Negeri, Menteri Luar Negeri, Menteri Negara Pemberdayaan Perempuan, dan Jaksa Agung.",
    )]);
    assert!(
        r.values(Attribute::Title).is_empty(),
        "{:?}",
        r.values(Attribute::Title)
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.kinds());
    // Trap: a holder after the comma is still named, and a ministry of the cabinet is no
    // part of its minister's name.
    let r = run(&[(
        DAY,
        "Rapat dipimpin Menteri Luar Negeri, Sugiono Wiryawan, bersama Menteri Kebudayaan Fadli Zon.",
    )]);
    assert_eq!(
        r.values(Attribute::Title),
        [
            (
                "Sugiono Wiryawan".to_string(),
                "Menteri Luar Negeri".to_string()
            ),
            ("Fadli Zon".to_string(), "Menteri Kebudayaan".to_string())
        ]
    );
}

/// Issue 15: one flight, document or ship written with two numbers a digit apart is a
/// spelling conflict when the context says it is one: more articles write one number, or
/// the number follows the ship's name, or the documents say they are about one thing.
#[test]
fn identifiers_written_with_a_changed_digit() {
    let flight = |n: &str| {
        format!(
            "Pesawat Garuda Indonesia dengan nomor penerbangan {n} tergelincir di Bandara \
             Juanda, Surabaya, kata Kepala Basarnas Surabaya Nanang Sigit."
        )
    };
    let (a, b, c) = (flight("GA-402"), flight("GA 402"), flight("GA-420"));
    let first = run(&[("2024-06-03", &a), ("2024-06-03", &b), ("2024-06-03", &c)]);
    let spellings: Vec<&Conflict> = first
        .conflicts
        .iter()
        .filter(|c| c.kind == Kind::Spelling)
        .collect();
    assert_eq!(spellings.len(), 1, "{:#?}", first.conflicts);
    assert_eq!(
        spellings[0].message,
        "one flight written with 2 numbers: \"GA 402\" (2 articles), \"GA-420\" (1 article); \
         most articles write \"GA 402\""
    );
    let texts: Vec<&str> = spellings[0]
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(texts, ["GA-402", "GA 402", "GA-420"]);

    // Traps: one article names both flights (a flight and its return); two articles one
    // each (no majority); numbers two digits apart; another airline's code.
    let both = format!("{} {}", flight("IU-356"), flight("IU-357"));
    let quiet = [
        vec![both.clone(), flight("IU-356"), flight("IU-357")],
        vec![flight("GA-402"), flight("GA-420")],
        vec![flight("GA-402"), flight("GA-402"), flight("GA-204")],
        vec![flight("GA-402"), flight("GA-402"), flight("QG-403")],
    ];
    for texts in quiet {
        assert_no_spelling("2024-06-03", &texts);
    }
}

#[test]
fn documents_and_ships_with_a_changed_digit() {
    let law = |n: &str, about: &str| {
        format!(
            "Menteri Lingkungan Hidup Hanif Faisol Nurofiq merujuk {n} tentang {about} \
             untuk tambang nikel di Pulau Gag, Raja Ampat."
        )
    };
    // Two articles, one each: the documents say they are about one thing.
    let run2 = run(&[
        ("2025-06-10", &law("UU Nomor 41 Tahun 1999", "Kehutanan")),
        ("2025-06-10", &law("UU 41/1990", "Kehutanan")),
    ]);
    let found: Vec<&str> = run2
        .conflicts
        .iter()
        .filter(|c| c.kind == Kind::Spelling)
        .map(|c| c.message.as_str())
        .collect();
    assert_eq!(
        found,
        ["one law written with 2 numbers: \"UU 41/1990\" (1 article), \"UU Nomor 41 Tahun 1999\" \
          (1 article); no number is written by more articles than the others"]
    );
    // Trap: about different things, they are two laws.
    let run3 = run(&[
        ("2025-06-10", &law("UU Nomor 41 Tahun 1999", "Kehutanan")),
        (
            "2025-06-10",
            &law("UU Nomor 41 Tahun 1990", "Konservasi Sumber Daya"),
        ),
    ]);
    assert!(!run3.conflicts.iter().any(|c| c.kind == Kind::Spelling));
    // Trap: one says nothing of what it is about; more articles writing the other number
    // say nothing either (two laws of one year a digit apart are many).
    let bare = "Menteri Lingkungan Hidup Hanif Faisol Nurofiq merujuk UU Nomor 41 Tahun 1990 \
                untuk tambang nikel di Pulau Gag, Raja Ampat.";
    let kehutanan = law("UU Nomor 41 Tahun 1999", "Kehutanan");
    let run5 = run(&[
        ("2025-06-10", &kehutanan),
        ("2025-06-10", &kehutanan),
        ("2025-06-10", &kehutanan),
        ("2025-06-10", bare),
    ]);
    assert!(
        !run5.conflicts.iter().any(|c| c.kind == Kind::Spelling),
        "{:#?}",
        run5.conflicts
    );

    // A hull number after the ship's name: the name says which ship, even in one article.
    let ship = "Kapal selam KRI Nanggala-402 hilang kontak di perairan utara Bali. \
                Pencarian KRI Nanggala-420 melibatkan KRI Dr Soeharso.";
    let run4 = run(&[("2021-04-22", ship)]);
    let found: Vec<&str> = run4
        .conflicts
        .iter()
        .filter(|c| c.kind == Kind::Spelling)
        .map(|c| c.subject.as_str())
        .collect();
    assert_eq!(found, ["KRI Nanggala-402"], "{:#?}", run4.conflicts);
}

/// A vehicle's plate written with a changed digit: the region and the letters say it is one
/// vehicle, so even one article writing both forms is a slip.
#[test]
fn plates_written_with_a_changed_digit() {
    let car = |plate: &str| {
        format!(
            "Mobil Toyota Avanza putih dengan nomor polisi {plate} menerobos Gerbang Tol \
             Sukamaju, kata Kasat Lantas Polres Sukamaju AKBP Hendra Wiratama."
        )
    };
    let lead = format!(
        "{} Diberitakan sebelumnya, mobil bernopol B 4817 QZA itu kabur.",
        car("B 4871 QZA")
    );
    let r = run(&[
        ("2025-06-20", &lead),
        ("2025-06-20", &car("B 4817 QZA")),
        ("2025-06-20", &car("B-4817-QZA")),
    ]);
    let found = spelling_evidence(&r);
    assert_eq!(
        found,
        [(
            "one plate written with 2 numbers: \"B 4817 QZA\" (3 articles), \"B 4871 QZA\" \
             (1 article); 3 articles write \"B 4817 QZA\", each other number is one article's",
            vec!["B 4871 QZA", "B 4817 QZA", "B 4817 QZA", "B-4817-QZA"]
        )],
        "{:#?}",
        r.conflicts
    );
    // Traps: two vehicles of one story with other letters; a fleet's cars numbered in a
    // row in one sentence; digits two edits apart.
    let two = "Mobil bernopol B 1234 ABC menabrak truk bernopol B 1243 XYZ di Tol Sukamaju, \
               kata AKBP Hendra Wiratama.";
    let fleet = "Polisi menyita mobil bernopol B 1234 ABC dan B 1235 ABC milik PT Sukamaju \
                 Jaya, kata AKBP Hendra Wiratama.";
    for texts in [
        vec![two.to_string(), two.to_string()],
        vec![fleet.to_string(), car("B 1234 ABC")],
        vec![car("B 1234 ABC"), car("B 1234 ABC"), car("B 4321 ABC")],
    ] {
        assert_no_spelling("2025-06-20", &texts);
    }
}

/// One of two suspects named by initials written two ways by two reports of one story.
#[test]
fn initials_written_two_ways() {
    let detik = "Polisi menangkap tujuh penagih utang di Jalan Sukamaju, Kota Sukamaju. Saat \
                 digeledah, pelaku berinisial QJ dan WH kedapatan membawa senjata api, kata \
                 Kasi Humas Polres Sukamaju AKP Hendra Wiratama.";
    let kompas = "QJ dan WJ, dua penagih utang yang ditangkap di Jalan Sukamaju, Kota \
                  Sukamaju, membawa senjata api, kata Kasi Humas Polres Sukamaju AKP Hendra \
                  Wiratama. Lima pelaku lain berstatus saksi.";
    let r = run(&[("2025-06-19", detik), ("2025-06-19", kompas)]);
    let found = spelling_evidence(&r);
    assert_eq!(
        found,
        [(
            "one of the initials written two ways: \"QJ dan WH\" (1 article), \"QJ dan WJ\" \
             (1 article); no form is written by more articles than the others",
            vec!["QJ dan WH", "QJ dan WJ"]
        )],
        "{:#?}",
        r.conflicts
    );
    // Traps: suspects and victims of one story; lists of different length; initials two
    // letters apart; one initial alone; acronyms of institutions with no cue; an article
    // that names both odd initials.
    let says = |list: &str| {
        format!(
            "{list} di Jalan Sukamaju, Kota Sukamaju, kata Kasi Humas Polres Sukamaju AKP \
             Hendra Wiratama."
        )
    };
    let quiet = [
        (
            says("Polisi menangkap tersangka berinisial QJ dan WH"),
            says("Polisi merawat korban berinisial QJ dan WJ"),
        ),
        (
            says("Polisi menangkap pelaku berinisial QJ dan WH"),
            says("Polisi menangkap pelaku berinisial QJ, WJ, dan ZK"),
        ),
        (
            says("Polisi menangkap pelaku berinisial QJ dan WH"),
            says("Polisi menangkap pelaku berinisial QJ dan XK"),
        ),
        (
            says("Polisi menangkap pelaku berinisial AR"),
            says("Polisi menangkap pelaku berinisial AS"),
        ),
        (
            says("Pelaku diperiksa KPK dan BPK"),
            says("Pelaku diperiksa KPK dan BPN"),
        ),
        (
            says("Polisi menangkap pelaku berinisial QJ dan WH, sedangkan WJ dan ZK buron,"),
            says("Polisi menangkap pelaku berinisial QJ dan WJ"),
        ),
    ];
    for (a, b) in quiet {
        assert_no_spelling("2025-06-19", &[a, b]);
    }
}

/// `tests/fixtures/identifiers`: four made-up reports of one story. Planted: flight
/// `GA-625` where three write `GA-652`, `PP 26/2013` where two write `PP Nomor 62 Tahun
/// 2013` (about one thing), `KRI Teluk Lada (512)` where two write `KRI Teluk Lada-521`.
/// Look-alikes: flights `IU-356` and `IU-357` (one article names both), `Airbus A320`,
/// `CN-235`, `Galaxy A17`, `U23` (no word announces a flight), `UU Nomor 1 Tahun 2009` (one
/// law, written once).
#[test]
fn identifier_fixtures_report_the_planted_numbers_only() {
    let rules = Rules::builtin().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/identifiers");
    let run = factlint::check(&[dir], &rules, factlint::load::Limits::default()).unwrap();
    let found: Vec<(&str, Vec<&str>)> = run
        .conflicts
        .iter()
        .map(|c| {
            let texts = c.evidence.iter().map(|e| e.text.as_str()).collect();
            (c.subject.as_str(), texts)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("GA-652", vec!["GA-652", "GA 652", "GA-625", "GA-652"]),
            (
                "KRI Teluk Lada-521",
                vec![
                    "KRI Teluk Lada-521",
                    "KRI Teluk Lada-521",
                    "KRI Teluk Lada (512)"
                ]
            ),
            (
                "PP Nomor 62 Tahun 2013",
                vec![
                    "PP Nomor 62 Tahun 2013",
                    "Peraturan Pemerintah Nomor 62 Tahun 2013",
                    "PP 26/2013"
                ]
            ),
        ]
    );
}

/// A capitalised word after a preposition of place ("di Surabaya", "ke Jayapura") or a
/// dateline's city is a place throughout the article: a title after it names the holder
/// without the place ("Wali Kota Surabaya Eri Cahyadi", "Kepala Kantor SAR Jayapura Yefri
/// Sabaruddin", "Kepala Kantor SAR Surabaya Fransiskus Xaverius Lado").
#[test]
fn a_place_the_article_names_is_no_part_of_the_holder_after_a_title() {
    let body = "SURABAYA, KOMPAS.com - Banjir melanda. Wali Kota Surabaya Eri Cahyadi hadir. \
                Korban dibawa ke Jayapura. Kepala Kantor SAR Jayapura Yefri Sabaruddin \
                mengatakan. Kepala Kantor SAR Surabaya Fransiskus Xaverius Lado hadir. \
                Kepala BPS Amalia Adininggar Widyasanti bicara. Keterangan itu datang dari \
                Amalia di Gedung BPS.";
    let run = run(&[("2025-06-10", body)]);
    for (text, key) in [
        ("Eri Cahyadi", "eri cahyadi"),
        ("Yefri Sabaruddin", "yefri sabaruddin"),
        ("Fransiskus Xaverius Lado", "fransiskus xaverius lado"),
        // Trap: "dari" is no preposition of place ("dari Amalia" names a person).
        (
            "Amalia Adininggar Widyasanti",
            "amalia adininggar widyasanti",
        ),
    ] {
        assert_eq!(run.key(text), key);
    }
}

/// A run after a title too long for a name starts the name at a word the article calls the
/// person by alone ("kata Fransiskus", "Menurut Fransiskus"); a run short enough for a name
/// stays whole ("Andi Amran Sulaiman ... kata Amran").
#[test]
fn a_word_the_person_is_called_by_starts_a_long_run() {
    let body = "Kepala Kantor SAR Surabaya Fransiskus Xaverius Lado hadir di lokasi. Menurut \
                Fransiskus, korban selamat. Menteri Pertanian Andi Amran Sulaiman meninjau \
                sawah. Panen naik, kata Amran.";
    let run = run(&[("2025-06-10", body)]);
    assert_eq!(
        run.key("Fransiskus Xaverius Lado"),
        "fransiskus xaverius lado"
    );
    assert_eq!(run.key("Andi Amran Sulaiman"), "andi amran sulaiman");
}

/// A name written alone that is a word of one person's full name is that person's, not a
/// misspelling of another's: "Ronny" (the lawyer Ronny Talapessy) and "Donny" (Donny Tri
/// Istiqomah) one letter apart are two people.
#[test]
fn first_names_of_two_people_named_in_full_are_no_misspelling() {
    let text = |a: &str| {
        format!(
            "Kuasa hukum terdakwa, Ronny Talapessy, bertanya kepada saksi. Saksi ditanya oleh \
             {a} soal obrolan itu. Saksi menyebut Donny Tri Istiqomah dan Saeful Bahri. Donny \
             saat ini sudah ditetapkan sebagai tersangka."
        )
    };
    let r = run(&[(DAY, &text("Ronny")), (DAY, &text("Ronny"))]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a form that is no word of any full name is still a slip ("Romny").
    let r = run(&[(DAY, &text("Ronny")), (DAY, &text("Romny"))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

/// "kata Kapolres Padang Pariaman AKBP Ahmad Faisol Amir": a title and the place of its
/// office before a rank, not a person called "Kapolres Padang Pariaman".
#[test]
fn a_title_and_its_place_after_a_speech_verb_are_no_person() {
    let r = run(&[(
        DAY,
        "\"Kami mengucapkan belasungkawa,\" kata Kapolres Padang Pariaman AKBP Ahmad Faisol \
         Amir di Parik Malintang.",
    )]);
    assert!(
        r.claims
            .iter()
            .all(|c| !(c.attribute == Attribute::Name && c.text.starts_with("Kapolres"))),
        "{:?}",
        r.values(Attribute::Name)
    );
}

/// English offices: "Attorney General" is no military rank, and a legislator's title is no
/// part of the name ("Senate Majority Leader McConnell" is the surname after a title, not a
/// misspelling of "Senate Majority Leader Mitch McConnell").
#[test]
fn english_offices_before_names() {
    let r = run(&[
        (
            DAY,
            "Connecticut Attorney General Richard Blumenthal said the report was wrong. Senate \
             Majority Leader Mitch McConnell and Rep. Loretta Sanchez spoke on Tuesday.",
        ),
        (
            DAY,
            "Senate Majority Leader McConnell said the vote would be held. Attorney General \
             Richard Blumenthal did not comment.",
        ),
    ]);
    let titles = r.values(Attribute::Title);
    assert!(
        titles.contains(&("Richard Blumenthal".into(), "Jaksa Agung".into())),
        "{titles:?}"
    );
    assert!(titles.iter().all(|(_, t)| t != "Jenderal"), "{titles:?}");
    assert!(
        titles.contains(&("Loretta Sanchez".into(), "Anggota DPR".into())),
        "{titles:?}"
    );
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    assert!(!r.kinds().contains(&Kind::Title), "{:?}", r.conflicts);
}

/// A middle initial is part of a name ("Linda T. Sanchez", not "Linda T"); a capital letter
/// that ends a sentence is no initial ("Grup C. Pasukan Hajime Moriyasu ...").
#[test]
fn a_middle_initial_does_not_end_a_name() {
    let r = run(&[(
        DAY,
        "The winner was Representative Linda T. Sanchez of California. Analyst Robert K. \
         Lawson said the vote was close.",
    )]);
    assert_eq!(r.key("Linda T. Sanchez"), "linda t sanchez");
    assert_eq!(r.key("Robert K. Lawson"), "robert k lawson");
    let r = run(&[(
        DAY,
        "Jepang memuncaki Grup C. Pasukan Hajime Moriyasu menang besar, dan pasukan tamu \
         pulang.",
    )]);
    assert_eq!(r.key("Hajime Moriyasu"), "hajime moriyasu");
}

#[test]
fn a_middle_initial_is_the_same_person_when_one_name_has_it() {
    let r = run(&[
        (
            DAY,
            "President Vladimir V. Putin met reporters. Putin said nothing.",
        ),
        (DAY, "President Vladimir Putin arrived in Helsinki."),
    ]);
    assert_eq!(r.group("Vladimir V. Putin"), r.group("Vladimir Putin"));
    assert_eq!(r.group("Putin"), r.group("Vladimir Putin"));
    // Trap: two names with different initials leave the bare name to neither.
    let r = run(&[(
        DAY,
        "President George W. Bush spoke. His father, President George H. W. Bush, listened. \
         Governor George Bush of Texas was elsewhere.",
    )]);
    assert_ne!(r.group("George W. Bush"), r.group("George H. W. Bush"));
    assert_ne!(r.group("George Bush"), r.group("George W. Bush"));
    assert_ne!(r.group("George Bush"), r.group("George H. W. Bush"));
}

#[test]
fn two_words_under_one_acronym_need_strong_evidence_a_slip_does_not() {
    let who = "Bupati Wanasari Sutrisno Hadiwijoyo meninjau Kabupaten Bukit Batu.";
    let spelling = |r: &Run| {
        r.conflicts
            .iter()
            .filter(|c| c.kind == Kind::Spelling && c.message.starts_with("one acronym"))
            .count()
    };
    // Trap: two bodies that share an acronym, one article each.
    let a = format!("{who} Rapat Dewan Perwakilan Daerah (DPD) digelar.");
    let b = format!("{who} Rapat Dewan Pimpinan Daerah (DPD) digelar.");
    assert_eq!(spelling(&run(&[(DAY, &a), (DAY, &b)])), 0);
    // Control: a slip of one word ("Hidupnya" for "Hidup", too far off for the names'
    // near-miss test, a word beginning the other) needs no more than that.
    let a = format!("{who} Petugas dari Dinas Lingkungan Hidup (DLH) hadir.");
    let b = format!("{who} Petugas dari Dinas Lingkungan Hidupnya (DLH) hadir.");
    assert_eq!(spelling(&run(&[(DAY, &a), (DAY, &b)])), 1);
    // Control: another word written by three articles against one is reported.
    let right = format!("{who} Dapur Satuan Pelayanan Pemenuhan Gizi (SPPG) dibuka.");
    let wrong = format!("{who} Dapur Satuan Pelayanan Pengolahan Gizi (SPPG) dibuka.");
    let r = run(&[(DAY, &right), (DAY, &right), (DAY, &right), (DAY, &wrong)]);
    assert_eq!(spelling(&r), 1);
    // Trap: two against two is no strong evidence.
    let r = run(&[(DAY, &right), (DAY, &right), (DAY, &wrong), (DAY, &wrong)]);
    assert_eq!(spelling(&r), 0);
}

#[test]
fn a_word_after_of_is_where_someone_is_from_not_a_name_alone() {
    let r = run(&[(
        DAY,
        "Sen. Angus King of Maine spoke first. Sen. Tim Kaine told reporters the odds go up.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Control: a word one letter off elsewhere is the senator's name written alone, and
    // misspelt ("Maine" there would be another name: its first letter differs).
    let r = run(&[(
        DAY,
        "Sen. Angus King spoke first. Sen. Tim Kaine told reporters the odds go up. Later, \
         Kaime said nothing.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // A word after "of" with a possessive is someone's: "the homes of Zorbatai's father"
    // is the attacker's name misspelt, whichever apostrophe is typed.
    for apostrophe in ["'", "\u{2019}"] {
        let text = format!(
            "The attacker was named as Omar Ismail Zorbatei by police. Zorbatei had a \
             record. Police raided the homes of Zorbatai{apostrophe}s father."
        );
        let r = run(&[(DAY, &text)]);
        assert_eq!(spellings(&r).len(), 1, "{apostrophe}: {:?}", r.conflicts);
    }
    // Trap: without the possessive the word is where the father lives.
    let r = run(&[(
        DAY,
        "The attacker was named as Omar Ismail Zorbatei by police. Zorbatei had a record. \
         Police raided the homes of Zorbatai, a town nearby.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a closing quote is no possessive.
    let r = run(&[(
        DAY,
        "The attacker was named as Omar Ismail Zorbatei by police. Zorbatei had a record. \
         He read 'The Prophecy of Zorbatai' in prison.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_holder_named_after_a_title_and_an_institution_is_cut_from_it_where_the_article_says_so() {
    let people = |text: &str| -> Vec<String> {
        let r = run(&[(DAY, text)]);
        r.texts(Attribute::Name)
    };
    // The article calls him by his first name alone.
    let names = people("Gubernur Bank Wanasari Perry Warjiyo mengatakan inflasi terkendali. \"Kami waspada,\" kata Perry.");
    assert!(names.contains(&"Bank Wanasari".to_string()), "{names:?}");
    assert!(names.contains(&"Perry Warjiyo".to_string()), "{names:?}");
    // It names the university alone elsewhere.
    let names = people("Rektor Universitas Andalas Efa Yonnedi mengatakan kampus siap. Universitas Andalas menerima 5.000 mahasiswa.");
    assert!(names.contains(&"Efa Yonnedi".to_string()), "{names:?}");
    // Trap: nothing in the article says where the company's name ends: one name.
    let names = people("Direktur Utama PT Sri Rejeki Isman mengatakan laba naik.");
    assert_eq!(names, ["PT Sri Rejeki Isman"]);
    // Trap: one word, written elsewhere after another capitalised word, is no holder.
    let names = people("Presiden Direktur PT Honda Prospect Motor mengatakan penjualan naik. Honda Motor juga menambah pabrik.");
    assert!(
        names.contains(&"PT Honda Prospect Motor".to_string()),
        "{names:?}"
    );
}

#[test]
fn a_one_word_name_with_a_cue_is_compared_with_a_word_written_alone() {
    // The officer is named by rank and one word; a quote gives him a slip.
    let r = run(&[(
        DAY,
        "Kasi Humas Polres Wanasari AKP Haryanto menjelaskan kecelakaan itu. \
         \"Sopir hanya luka lecet,\" terang Haryamto.",
    )]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{:?}", r.conflicts);
    assert!(s[0].contains("\"Haryamto\""), "{s:?}");
    // Trap: one word with no cue ("Sentosa" opens no name the article gives a person) is
    // no person's name: a word one letter off it is not compared.
    let r = run(&[(
        DAY,
        "Warga Kampung Baru Sentosa mengungsi. Di Sentosa air naik. \
         \"Kami bertahan,\" kata Sentoso.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_one_word_name_holds_one_rank_only_within_reports_of_one_thing() {
    let flood_a = "Banjir melanda Desa Wanasari, Kabupaten Sukamaju, Jawa Tengah. Kapolres Sukamaju AKBP Agus mengatakan 120 rumah terendam di Desa Wanasari.";
    let flood_b = "Banjir merendam Desa Wanasari di Kabupaten Sukamaju, Jawa Tengah. Kapolres Sukamaju Kompol Agus menyebut warga Desa Wanasari mengungsi.";
    // Two reports of one flood: one officer, two ranks.
    let r = run(&[(DAY, flood_a), (DAY, flood_b)]);
    assert_eq!(r.kinds(), [Kind::Title], "{:?}", r.conflicts);
    // Trap: an unrelated report of another officer called Agus (a common one-word name).
    let other = "Kapolda Nusa Makmur Irjen Agus meresmikan gedung baru Polda Nusa Makmur di Kota Lembah Hijau, Sulawesi Tenggara, bersama Gubernur Sulawesi Tenggara Andi Sumangerukka.";
    let r = run(&[(DAY, flood_a), (DAY, other)]);
    assert!(
        r.conflicts.iter().all(|c| c.kind != Kind::Title),
        "{:?}",
        r.conflicts
    );
    // Nor is he the officer of a report that writes a fuller name, when a one-word
    // mention of the unrelated report joins that name.
    let full = "Banjir melanda Desa Wanasari, Kabupaten Sukamaju, Jawa Tengah. Kapolres Sukamaju \
                AKBP Agus Qzarmanto mengatakan 120 rumah terendam. AKBP Agus menambahkan warga \
                mengungsi ke Desa Wanasari.";
    let r = run(&[(DAY, full), (DAY, other)]);
    assert!(
        r.conflicts.iter().all(|c| c.kind != Kind::Title),
        "{:?}",
        r.conflicts
    );
    // Control: a report of the same flood that names him by one word is his.
    let r = run(&[(DAY, full), (DAY, flood_b)]);
    assert_eq!(r.kinds(), [Kind::Title], "{:?}", r.conflicts);
}

#[test]
fn a_one_word_name_its_article_writes_in_full_is_that_person() {
    // "Kombes Eko Qzarsetyo ... Kombes Eko": the article's colonel, not the "Iptu Eko" of
    // another report of the town, where the run knows two men called "Eko ..." (so the word
    // joins neither by itself).
    let a = "Kapolresta Dorvale Kombes Eko Qzarsetyo meluncurkan program patroli di Kota \
             Dorvale. Kombes Eko mengatakan warga Kota Dorvale antusias.";
    let b = "Kasi Humas Polresta Dorvale Iptu Eko mengatakan pelaku pencurian di Kota Dorvale \
             sudah ditangkap.";
    let c = "Kepala Dinas Pertamanan Kota Dorvale Eko Zorblanto meresmikan taman di Kota \
             Dorvale.";
    let r = run(&[(DAY, a), (DAY, b), (DAY, c)]);
    assert!(
        r.conflicts.iter().all(|c| c.kind != Kind::Title),
        "{:?}",
        r.conflicts
    );
    // Control: where the article names no one "Eko ..." in full, its "Kombes Eko" is the
    // other report's one-word Eko, given two ranks.
    let a_short = "Kapolresta Dorvale Kombes Eko meluncurkan program patroli di Kota Dorvale. \
                   Kombes Eko mengatakan warga Kota Dorvale antusias.";
    let r = run(&[(DAY, a_short), (DAY, b), (DAY, c)]);
    assert_eq!(r.kinds(), [Kind::Title], "{:?}", r.conflicts);
}

#[test]
fn words_written_only_after_offices_held_for_a_place_name_the_place() {
    // "Bupati Wanasari Kidul" and "Wakil Bupati Wanasari Kidul": the regency, not a person
    // given both offices.
    let r = run(&[(
        DAY,
        "Bupati Wanasari Kidul menyerahkan bantuan. Wakil Bupati Wanasari Kidul turut hadir.",
    )]);
    assert!(
        r.conflicts.iter().all(|c| c.kind != Kind::Title),
        "{:?}",
        r.conflicts
    );
    // Control: a person the article also names with a cue of his own is given both.
    let r = run(&[(
        DAY,
        "Bupati Sukamaju Agus Salim menyerahkan bantuan. Wakil Bupati Sukamaju Agus Salim \
         turut hadir. \"Kami siap,\" kata Agus Salim.",
    )]);
    assert_eq!(r.kinds(), [Kind::Title], "{:?}", r.conflicts);
}

#[test]
fn a_slip_of_a_known_name_its_article_names_is_that_name_misspelt() {
    // "Tingkok" beside "China", whose forms in the rules include "Tiongkok".
    let r = run(&[(
        DAY,
        "Turis asal China itu tiba di Labuan Bajo. Warga negara Tingkok itu lalu berenang. \
         Kedutaan China sudah dihubungi.",
    )]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{:?}", r.conflicts);
    assert!(s[0].contains("\"Tingkok\""), "{s:?}");
    // The known name is quoted in the slip's article only (it may be in every article of
    // the run), by a mention not in capitals (a dateline's place vouches for nothing).
    let r = run(&[
        (
            DAY,
            "CHINA - Turis asal China itu tiba. Warga negara Tingkok itu lalu berenang. \
             Kedutaan China sudah dihubungi.",
        ),
        (DAY, "Delegasi dari China tiba di Jakarta."),
    ]);
    let c: Vec<&Conflict> = r
        .conflicts
        .iter()
        .filter(|c| c.kind == Kind::Spelling)
        .collect();
    assert_eq!(c.len(), 1, "{:?}", r.conflicts);
    assert!(c[0].evidence.iter().all(|e| e.article == 0), "{:?}", c[0]);
    assert!(
        c[0].evidence.iter().all(|e| e.text != "CHINA"),
        "{:?}",
        c[0]
    );
    // A place's slip after a preposition of place is still a slip ("bekerja di Jepng").
    let r = run(&[(
        DAY,
        "Ia belajar di Jepang dan kini bekerja di Jepng bersama warga Jepang lain.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // The word a known name's form goes on with, misspelt after it: "Amerika Seriakt" of
    // "Amerika Serikat".
    let r = run(&[(
        DAY,
        "Dolar Amerika Serikat menguat. Pembicaraan dagang Amerika Seriakt dan Jepang berlanjut.",
    )]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{:?}", r.conflicts);
    assert!(s[0].contains("\"Seriakt\""), "{s:?}");
    // Traps. A word after a known name that none of its forms goes on with ("Jepang Jelang
    // laga": a heading glued to a sentence), one letter off the name itself.
    let r = run(&[(
        DAY,
        "Susunan pemain Timnas vs Jepang Jelang laga itu diumumkan. Pelatih Jepang hadir.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // A word written as often as the name it is one letter off is a name of its own
    // ("Jepun" is a form of Japan; "Japun" twice beside "Jepang" twice is no slip of it).
    let r = run(&[(
        DAY,
        "Tim dari Jepang dan tim Japun bertanding. Pelatih Japun memuji tim Jepang.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // The slip and the known name in two articles: not compared (a run names many places a
    // letter apart; only the article that writes both vouches for the slip).
    let r = run(&[
        (DAY, "Warga negara Tingkok itu lalu berenang di pantai."),
        (DAY, "Turis asal China itu tiba di Labuan Bajo."),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_brigadier_general_is_a_rank_of_the_police_ladder_too() {
    // "Brigjen" alone is the police's one-star rank as often as the army's: against
    // "Irjen" (two stars) for one Kapolda, two ranks.
    let r = run(&[
        (
            DAY,
            "Kapolda Nusa Makmur Inspektur Jenderal Dimas Prakoso meninjau lokasi.",
        ),
        (
            DAY,
            "Kapolda Nusa Makmur Brigjen Dimas Prakoso meninjau lokasi.",
        ),
    ]);
    assert_eq!(r.kinds(), [Kind::Title], "{:?}", r.conflicts);
    // Trap: "Brigjen Pol" and "Brigjen" are one rank.
    let r = run(&[
        (
            DAY,
            "Kapolda Nusa Makmur Brigjen Pol Dimas Prakoso meninjau lokasi.",
        ),
        (
            DAY,
            "Kapolda Nusa Makmur Brigjen Dimas Prakoso meninjau lokasi.",
        ),
    ]);
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_known_name_with_its_acronym_is_that_name() {
    // "Amerika Serikat (AS)": the known place, no organisation of the same words.
    let r = run(&[(
        DAY,
        "Pembicaraan dagang antara Amerika Serikat (AS) dan China berlanjut di London.",
    )]);
    assert_eq!(r.group("Amerika Serikat"), "place:united states");
    // Trap: an unknown long form with its acronym is still an organisation.
    let r = run(&[(
        DAY,
        "Komite Nasional Lintas Batas (KNLB) menggelar rapat di Jakarta.",
    )]);
    assert_eq!(
        r.group("Komite Nasional Lintas Batas"),
        "organisation:komite nasional lintas batas"
    );
}

#[test]
fn a_body_name_misspelt_on_the_headline_is_compared_with_it() {
    let body = "Penyanyi Agnetha Ro hadir di sidang. Kuasa hukum Agnetha Ro menyebut putusan \
                itu keliru. Menurut dia, Agnetha Ro akan banding.";
    let article =
        |headline: &str| format!("{headline}\n\n{body} Sidang digelar di Jakarta hari ini.");
    // The headline writes the name with one letter off.
    let r = run(&[(
        DAY,
        &article("Komisi Sebut Putusan Kasus Agnetta Ro Tak Sesuai Aturan"),
    )]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{:?}", r.conflicts);
    assert!(s[0].contains("\"Agnetta Ro\""), "{s:?}");
    // A slip of one word of a titled person's name.
    let r = run(&[(
        DAY,
        "Pengacara Sebut Klien Kristiyato Tak Bersalah\n\nSekjen Hastomo Kristiyanto hadir di \
         sidang. Kristiyanto mengaku tidak bersalah atas dakwaan jaksa hari ini.",
    )]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    // Trap: the headline's word is written in the body in lower case: a common word
    // capitalised by the headline ("Sampai" beside "Sampah Plastik").
    let r = run(&[(
        DAY,
        "Warga Sampai Plastik Menumpuk\n\nGerakan Sampah Plastik digelar. Relawan Sampah \
         Plastik bekerja sampai sore, kata warga hari ini di sana.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a one-word slip of a name with no cue that says it is a person's ("Quattro
    // Cheese" is a flavour; "Cheesy" on the headline a word).
    let r = run(&[(
        DAY,
        "Varian Baru yang Creamy dan Cheesy\n\nDua varian hadir, yakni Rosa dan Quattro \
         Cheese. Quattro Cheese dibuat dari empat keju yang dipilih dengan cermat.",
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Trap: a month on the dateline line is no slip of a person's name ("Juli" above
    // "Julia").
    let r = run(&[(
        DAY,
        "Kabar Kita - Minggu, 14 Juli 2024 17:53 WIB\nJudul Berita Hari Ini di Sini\n\n\
         Profesor Julia Anderink dari Universitas Temple hadir. Menurut Julia Anderink, \
         kerja sama itu penting bagi kedua negara hari ini.",
    )]);
    let names = r.values(Attribute::Name);
    assert!(!names.iter().any(|(_, n)| n == "juli"), "{names:?}");
    // Trap: a "read also" line before the lead names another article's subject.
    let r = run(&[(
        DAY,
        &format!("Baca Juga Kasus Agnetta Ro Dibahas Komisi\n\n{body} Sidang digelar hari ini."),
    )]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_dash_glued_to_the_lead_ends_the_dateline() {
    // "Jakarta -Gempa Magnitudo ...": the dash ends the dateline, so the lead's first word
    // opens a sentence and two capitalised common words there are no name.
    let lead = |dash: &str| {
        format!(
            "Kabarnusa.com, Jakarta {dash}Gempa Magnitudo 5,0 mengguncang wilayah Kabupaten \
             Sukaraja pada Senin malam, kata Kepala BPBD Sukaraja Wiratmo Hadi."
        )
    };
    for dash in ["-", "- "] {
        let r = run(&[(DAY, &lead(dash))]);
        let names = r.values(Attribute::Name);
        assert!(
            !names.iter().any(|(_, n)| n.contains("magnitudo")),
            "{dash:?}: {names:?}"
        );
    }
    // Control: inside a sentence the same words are a name's.
    let r = run(&[(
        DAY,
        "Warga Kabupaten Sukaraja menyebut Gempa Magnitudo sebagai nama grup musik mereka, \
         kata Kepala BPBD Sukaraja Wiratmo Hadi.",
    )]);
    assert!(
        r.values(Attribute::Name)
            .iter()
            .any(|(_, n)| n.contains("magnitudo")),
        "{:?}",
        r.values(Attribute::Name)
    );
}

/// One capitalised word written once, alone, a letter added, dropped or swapped inside a
/// word the article writes alone more often, is that word misspelt; a letter changed, a
/// letter at the end, a word written in lower case too, or two words of one sentence (a
/// list) are two words.
#[test]
fn a_word_written_once_a_keystroke_off_a_word_written_alone_is_a_slip() {
    let body = |slip: &str| {
        format!(
            "Warga menyebut kampung itu Qzarnook sejak lama. Banyak tamu datang ke Qzarnook \
             setiap pekan. Menurut warga, jalan ke {slip} kini rusak berat."
        )
    };
    for slip in ["Qzarnok", "Qzarnoook", "Qzanrook"] {
        let r = run(&[(DAY, &body(slip))]);
        let found = spellings(&r);
        assert_eq!(found.len(), 1, "{slip}: {found:?}");
        assert!(
            found[0].contains(slip) && found[0].contains("Qzarnook"),
            "{found:?}"
        );
    }
    // A slip that an earlier pass took for a one-word name (a slip of "Desa Qzarnook") meets
    // the right form written alone too.
    let place = "Air banjir di Desa Qzarnook surut. Warga menyebut Qzarnook sudah tiga kali \
                 banjir. Bantuan untuk warga Qzarnok sudah tiba. Menurut warga, Qzarnook bersih.";
    let found = spellings(&run(&[(DAY, place)]));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("\"Qzarnok\""), "{found:?}");
    // Traps: a letter changed, a letter added at the end, the form written in lower case
    // too, both forms in one sentence.
    for slip in ["Qzarnoak", "Qzarnooks", "Qzarnookx"] {
        assert_no_spelling(DAY, &[body(slip)]);
    }
    assert_no_spelling(
        DAY,
        &[format!("{} Ada pula qzarnok di sana.", body("Qzarnok"))],
    );
    assert_no_spelling(
        DAY,
        &["Warga menyebut Qzarnook. Tamu datang ke Qzarnook. Ada pula Qzarnook, Qzarnok, dan lainnya."
            .to_string()],
    );
}

/// A capital letter glued to a place word, or standing alone before it ("galian CKelurahan
/// Qzarsunya", "galian C Kelurahan Qzarsunya": a mine's class letter), is no part of the
/// place's name; glued to a word that is no head word it stays one word.
#[test]
fn a_class_letter_before_a_place_word_is_no_part_of_the_place() {
    let names = |body: &str| -> Vec<String> { run(&[(DAY, body)]).texts(Attribute::Name) };
    for body in [
        "Longsor melanda lokasi galian CKelurahan Qzarsunya, Kota Wanasari.",
        "Longsor melanda lokasi galian C Kelurahan Qzarsunya, Kota Wanasari.",
    ] {
        let found = names(body);
        assert!(
            found.contains(&"Kelurahan Qzarsunya".to_string()),
            "{body}: {found:?}"
        );
        assert!(
            !found
                .iter()
                .any(|n| n.contains("C Kel") || n.contains("CKel")),
            "{found:?}"
        );
    }
    // Trap: no head word after the letter, and a middle initial with its stop.
    let found = names("Warga menyebut galian CQzarsunya di Kota Wanasari.");
    assert!(!found.iter().any(|n| n == "Qzarsunya"), "{found:?}");
    let found = names("Kata Budi S. Qzarsunya kepada wartawan di Kota Wanasari.");
    assert!(
        found.iter().any(|n| n.contains("S. Qzarsunya")),
        "{found:?}"
    );
}

/// An office's short name and its directorate's (`distinct_words.beginnings`: "Dir"/"Dit"),
/// or a unit and its head's (`prefixes`: "Ka", "Wa"), are two words, not a misspelling;
/// a slip inside either is still one.
#[test]
fn an_office_and_its_head_are_two_words_not_a_slip() {
    let two = |a: &str, b: &str| {
        let first = format!("Polisi dari {a} Polres Wanasari memeriksa lokasi kejadian.");
        let second = format!("Polisi dari {b} Polres Wanasari memeriksa lokasi kejadian.");
        spellings(&run(&[(DAY, &first), (DAY, &second)]))
    };
    assert!(two("Dirqzarlantas", "Ditqzarlantas").is_empty());
    assert!(two("Kasatqzarlantas", "Satqzarlantas").is_empty());
    // A unit's head and its headquarters (`beginnings`: "Ka"/"Ma", "Kapolrestabes" and
    // "Mapolrestabes" in the old archive).
    assert!(two("Kaqzarpolres", "Maqzarpolres").is_empty());
    // Trap: a letter dropped inside the unit's name is a slip.
    assert_eq!(two("Satqzarlantas", "Satqzarlants").len(), 1);
    // Two school levels of one foundation are two schools (`beginnings`: "SMA"/"SMP").
    let schools = |a: &str, b: &str| {
        let at = |s: &str| format!("Siswa {s} Qzar Baya mengikuti lomba di Wanasari.");
        spellings(&run(&[(DAY, &at(a)), (DAY, &at(a)), (DAY, &at(b))]))
    };
    assert!(schools("SMAI", "SMPI").is_empty());
    assert!(schools("SMKN", "SMPN").is_empty());
    // Trap: a slip in the foundation's name is still one.
    let at = |s: &str| format!("Siswa SMAI {s} mengikuti lomba di Wanasari.");
    let r = run(&[
        (DAY, &at("Qzar Baya")),
        (DAY, &at("Qzar Baya")),
        (DAY, &at("Qzar Bayya")),
    ]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn a_name_with_a_word_around_it_is_no_form_of_the_slip() {
    // A run that takes a word before the name ("Zorblat Qzarvo Dermin", a headline's verb
    // or an institution word) meets the slip through the name itself: the message lists
    // the name and the slip only.
    let said = |name: &str| format!("Kata saksi {name} di lokasi.");
    let r = run(&[
        (DAY, &said("Qzarvo Dermin")),
        (DAY, &said("Qzarvo Dermin")),
        (DAY, "Warga melihat Zorblat Qzarvo Dermin di pasar."),
        (DAY, "Polisi menangkap Brevik Qzarvo Dermin di pasar."),
        (DAY, &said("Qzarvo Dermn")),
    ]);
    let s = spellings(&r);
    assert_eq!(s.len(), 1, "{:?}", r.conflicts);
    assert!(s[0].starts_with("one name spelt 2 ways"), "{s:?}");
    assert!(
        !s[0].contains("Zorblat") && !s[0].contains("Brevik"),
        "{s:?}"
    );
    // Trap: with no such name of its own in the run, the longer form still meets the slip
    // ("Ram Mohan Naidu Kinjarapu" beside "Mohan Naidu Kinjaparu").
    let r = run(&[
        (DAY, "Warga melihat Zorblat Qzarvo Dermin di pasar."),
        (DAY, "Warga melihat Zorblat Qzarvo Dermin di pasar."),
        (DAY, &said("Qzarvo Dermn")),
    ]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
}

#[test]
fn two_capitalised_words_opening_a_sentence_with_an_age_after_them_are_a_name() {
    let names = |r: &Run| -> Vec<String> { r.texts(Attribute::Name) };
    let first = "Police named the suspect as Qzarhamid Zorblatoud on Monday. Officers said \
                 Zorblatoud had lived in Brussels.";
    // English and Indonesian forms of the age: the name is read whole, and its misspelling
    // meets the other article's form.
    for second in [
        "Raids went on in Brussels. Qzarhamid Zorblaoud, 27, lived in the Dorvale \
         neighbourhood.",
        "Polisi menggeledah rumah di Brussels. Qzarhamid Zorblaoud (27) tinggal di sana.",
    ] {
        let r = run(&[(DAY, first), (DAY, second)]);
        assert!(
            names(&r).contains(&"Qzarhamid Zorblaoud".to_string()),
            "{:?}",
            names(&r)
        );
        assert_eq!(spellings(&r).len(), 1, "{second}: {:?}", r.conflicts);
    }
    // Trap: without the age, an unknown first word may only open the sentence.
    let r = run(&[
        (DAY, first),
        (
            DAY,
            "Raids went on in Brussels. Qzarhamid Zorblaoud lived in the Dorvale \
             neighbourhood.",
        ),
    ]);
    assert!(
        !names(&r).iter().any(|n| n.contains("Zorblaoud")),
        "{:?}",
        names(&r)
    );
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    // Traps: a longer run keeps a name without its first word; a first word with an ending
    // the rules strip, or one the article writes in lower case, is no name's.
    let r = run(&[(
        DAY,
        "Warga terluka. Termasuk Qzarina Putri (34) yang dirawat. Diantaranya Zorbaldi (43) \
         dan Dorvale (40). Korban Qzarmo (25) pulih, kata korban lain.",
    )]);
    let n = names(&r);
    assert!(n.contains(&"Qzarina Putri".to_string()), "{n:?}");
    assert!(!n.iter().any(|x| x.starts_with("Termasuk")), "{n:?}");
    assert!(!n.iter().any(|x| x.starts_with("Diantaranya")), "{n:?}");
    assert!(!n.iter().any(|x| x.starts_with("Korban")), "{n:?}");
}

#[test]
fn an_office_before_a_comma_and_a_rank_is_the_holder_s_after_the_rank() {
    let r = run(&[(
        DAY,
        "Longsor terjadi di Kota Qzarbon, Rabu. \"Pencarian kita hentikan,\" ujar Kapolres \
         Qzarbon Kota, AKBP Eko Zorblat, Rabu. Kapolsek Dorvale, Iptu Budi Qzarmanto, \
         mengatakan hal serupa.",
    )]);
    let titles: Vec<(&str, &str)> = r
        .claims
        .iter()
        .filter(|c| c.attribute == Attribute::Title)
        .map(|c| (c.text.as_str(), c.subject.as_deref().unwrap_or("")))
        .collect();
    assert!(
        titles.contains(&("Kapolres Qzarbon Kota, AKBP Eko Zorblat", "Eko Zorblat")),
        "{titles:?}"
    );
    assert!(
        titles.contains(&("Kapolsek Dorvale, Iptu Budi Qzarmanto", "Budi Qzarmanto")),
        "{titles:?}"
    );
    // The city's police district ends with its suffix word: no one is named "Kota".
    assert!(
        r.claims
            .iter()
            .all(|c| c.subject.as_deref() != Some("Kota")),
        "{titles:?}"
    );
    // Trap: an office after the comma is the next item of a list of offices, held by no
    // one named here.
    let r = run(&[(
        DAY,
        "Rapat dihadiri Menteri Dalam Negeri, Menteri Luar Negeri, dan pejabat lain.",
    )]);
    assert!(
        r.claims.iter().all(|c| c.attribute != Attribute::Title),
        "{:?}",
        r.claims
    );
}

/// An article of the Dorvalemo story: the same two officials as its other articles, and
/// `tail` (where a lone word may stand).
fn dorvalemo(tail: &str) -> String {
    format!(
        "Bupati Qzarnia Zorblatun meninjau lokasi itu bersama Kepala Dinas Pariwisata \
         Vendrik Oskarovo. {tail}"
    )
}

#[test]
fn a_lone_word_one_keystroke_off_a_word_of_a_name_other_articles_write_is_a_slip() {
    // "wisata Paiynemo" in one article, "Pulau Piaynemo" in eleven others of the story
    // (real): one capitalised word with no cue, two letters swapped inside it.
    let right = dorvalemo("Wisatawan memadati Pulau Dorvalemo pada akhir pekan.");
    let slip = |word: &str| dorvalemo(&format!("Lokasi wisata {word} berada jauh dari tambang."));
    let r = run(&[(DAY, &right), (DAY, &right), (DAY, &slip("Dorvaelmo"))]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    let message = &spellings(&r)[0];
    assert!(
        message.contains("\"Pulau Dorvalemo\" (2 articles)")
            && message.contains("\"Dorvaelmo\" (1 article)"),
        "{message}"
    );
    let lone = r.name("Dorvaelmo");
    assert_eq!(lone.entity().unwrap().cue, Cue::Lone);
    // A letter dropped or doubled inside the word, too, or typed with the key beside it
    // ("Osala" for "Osaka", real).
    for word in ["Dorvaemo", "Dorvallemo", "Dorvakemo"] {
        let r = run(&[(DAY, &right), (DAY, &right), (DAY, &slip(word))]);
        assert_eq!(spellings(&r).len(), 1, "{word}: {:?}", r.conflicts);
    }
    // Traps: a letter changed for a key apart ("Libra" and "Libya", "Saiful" and "Saeful"
    // are two names);
    // a letter added at the end; the right word written by one article only; a lone word
    // that is a word of a name written with a cue elsewhere (a name of its own).
    for word in ["Dorvalomo", "Dorvalemon"] {
        let r = run(&[(DAY, &right), (DAY, &right), (DAY, &slip(word))]);
        assert!(spellings(&r).is_empty(), "{word}: {:?}", r.conflicts);
    }
    let r = run(&[(DAY, &right), (DAY, &slip("Dorvaelmo"))]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    let named = dorvalemo("Ketua panitia, kata Qzarnia Dorvaelmo, menyambut baik.");
    let r = run(&[
        (DAY, &right),
        (DAY, &right),
        (DAY, &slip("Dorvaelmo")),
        (DAY, &named),
    ]);
    assert!(
        !spellings(&r).iter().any(|m| m.contains("\"Dorvaelmo\"")),
        "{:?}",
        r.conflicts
    );
    // Traps: the lone word in an article that names no one in common, or of another story
    // (the same officials half a year later): a word one letter apart tells nothing of
    // one entity there.
    let other = "Pelatih Gustavo Kendrikson memuji lokasi wisata Dorvaelmo yang ramai.";
    let r = run(&[(DAY, &right), (DAY, &right), (DAY, other)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
    let r = run(&[
        (DAY, &right),
        (DAY, &right),
        ("2025-08-20", &slip("Dorvaelmo")),
    ]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}

#[test]
fn a_lone_word_is_no_other_claims_subject_and_stands_only_where_nothing_else_does() {
    let r = run(&[(
        DAY,
        "Banyak warga Dorvalemo menolak tambang. Warga Velkira datang. Lokasi wisata Qzarnemo \
         berada jauh. Qzarnemo \
         ramai. Bus Zorblat 171 tiba. Menurut Kepala Desa Vendrik Oskarovo, hal itu benar. \
         Pengunjung datang ke Jakarta pada Juni. Ia melihat qzarlemo di sana dan Kovarnik.",
    )]);
    let lone: Vec<&str> = r
        .claims
        .iter()
        .filter(|c| c.entity().is_some_and(|e| e.cue == Cue::Lone))
        .map(|c| c.text.as_str())
        .collect();
    // "Dorvalemo" and "Qzarnemo" inside a sentence, "Kovarnik" before its full stop.
    // Traps: a sentence opener ("Qzarnemo ramai"), a word after one ("Warga Velkira": a
    // capitalised word beside it), a word before a number (a label), a
    // word of a name with a cue, a known place, a month, a word the article writes in
    // lower case, a title.
    assert_eq!(
        lone,
        ["Dorvalemo", "Qzarnemo", "Kovarnik"],
        "{:?}",
        r.claims
    );
    // A lone word stands for no entity in events: no count or date is about it.
    assert!(r
        .claims
        .iter()
        .filter(|c| matches!(c.attribute, Attribute::Count | Attribute::Date))
        .all(|c| !c.subject.as_deref().unwrap_or("").contains("Qzarnemo")));
}

#[test]
fn a_lone_word_of_a_place_is_a_slip_of_no_persons_name() {
    // "desa Dorvakmeo" is a place in its article (a place word before it): a slip of the
    // hall "Balai Dorvakemo" two articles write, a capitalised run with no cue.
    let right = "Banjir melanda Desa Qzarwangi. Kepala Desa Qzarwangi, Ardi Pratomo, mengatakan \
                 warga mengungsi ke Balai Dorvakemo di Kecamatan Zorblat.";
    let slip = "Banjir melanda Desa Qzarwangi. Kepala Desa Qzarwangi, Ardi Pratomo, mengatakan \
                warga mengungsi ke balai desa Dorvakmeo di Kecamatan Zorblat.";
    let r = run(&[(DAY, right), (DAY, right), (DAY, slip)]);
    assert_eq!(spellings(&r).len(), 1, "{:?}", r.conflicts);
    assert!(
        spellings(&r)[0].contains("\"Dorvakmeo\""),
        "{:?}",
        r.conflicts
    );
    // Trap: the same place word one slip off a person's name that a cue says is one ("di
    // Nagano" beside "Kaori Nakano"): a place and a person.
    let person = "Banjir melanda Desa Qzarwangi. Kepala Desa Qzarwangi, Ardi Pratomo, mengatakan \
                  warga mengungsi. Hal itu dibenarkan Camat Dorvakemo Saputra.";
    let r = run(&[(DAY, person), (DAY, person), (DAY, slip)]);
    assert!(spellings(&r).is_empty(), "{:?}", r.conflicts);
}
