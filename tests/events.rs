//! Event linking through the public API, each rule with a control case that differs in
//! one thing only, so the test fails if the rule stops working.

use factlint::article::Article;
use factlint::rules::Rules;

/// (kind id, subject, message) of every conflict among `articles` (dateline, body).
/// The conflicts among `articles` (dateline line, body), each with a two-line header.
fn reconciled(articles: &[(&str, &str)]) -> Vec<factlint::conflict::Conflict> {
    texts_reconciled(
        articles
            .iter()
            .map(|(dateline, body)| format!("{dateline}\nKabar Uji\n\nJudul\n\n{body}\n")),
    )
}

/// The conflicts among articles of the whole `texts` given.
fn texts_reconciled(texts: impl Iterator<Item = String>) -> Vec<factlint::conflict::Conflict> {
    let rules = Rules::builtin().unwrap();
    let articles: Vec<Article> = texts
        .enumerate()
        .map(|(i, text)| Article::new(format!("{i}.txt"), text, &rules).unwrap())
        .collect();
    let g = factlint::extract_and_group(&articles, &rules);
    factlint::reconcile::reconcile(
        &articles,
        &g.claims,
        &g.entities,
        &g.stories,
        &g.events,
        &rules,
    )
}

fn conflicts(articles: &[(&str, &str)]) -> Vec<(String, String, String)> {
    reconciled(articles)
        .into_iter()
        .map(|c| (c.kind.id().to_string(), c.subject, c.message.into()))
        .collect()
}

fn kinds(found: &[(String, String, String)]) -> Vec<&str> {
    found.iter().map(|c| c.0.as_str()).collect()
}

const MON: &str = "Senin, 3 Februari 2025 | 10:00 WIB";
const TUE: &str = "Selasa, 4 Februari 2025 | 10:00 WIB";

#[test]
fn a_distinguishing_modifier_keeps_two_events_apart() {
    let main = "Gempa mengguncang Kabupaten Wanasari pada Senin (3/2/2025) dini hari, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.";
    // Control: the same quake given another day is a date conflict.
    let other = "Gempa mengguncang Kabupaten Wanasari pada Minggu (2/2/2025) dini hari, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.";
    assert_eq!(kinds(&conflicts(&[(TUE, main), (TUE, other)])), ["date"]);
    // An aftershock ("gempa susulan") on another day is another event.
    let aftershock = "Gempa susulan mengguncang Kabupaten Wanasari pada Minggu (2/2/2025) dini hari, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.";
    assert!(conflicts(&[(TUE, main), (TUE, aftershock)]).is_empty());
}

#[test]
fn a_word_saying_what_a_clause_is_about_ties_no_two_events() {
    // "Sehubungan dengan" (in connection with) opens any clause: two notices of one city,
    // each for its own holiday, share it and one more word ("perayaan"), which is not one
    // event with two dates.
    let eid = "\"Sehubungan dengan perayaan Hari Raya Idul Adha 2025 pada 6 Februari 2025, ganjil genap di Jakarta ditiadakan,\" tulis Dinas Perhubungan.";
    let other = "\"Sehubungan dengan perayaan Hari Kenaikan Yesus Kristus 29-30 Januari 2025, ketentuan ganjil genap di Jakarta ditiadakan,\" tulis Dinas Perhubungan.";
    assert!(conflicts(&[(MON, eid), (MON, other)]).is_empty());
    // Control: the same notice with another day for the same holiday, in words that say
    // what happened ("libur panjang"), is one event with two dates.
    let a = "\"Sehubungan dengan libur panjang Hari Raya Idul Adha pada 6 Februari 2025, ganjil genap di Jakarta ditiadakan,\" tulis Dinas Perhubungan.";
    let b = "\"Sehubungan dengan libur panjang Hari Raya Idul Adha pada 7 Februari 2025, ganjil genap di Jakarta ditiadakan,\" tulis Dinas Perhubungan.";
    assert_eq!(kinds(&conflicts(&[(MON, a), (MON, b)])), ["date"]);
}

#[test]
fn being_reached_for_comment_is_no_event() {
    // "kata Yusrinal Fitriandi, dikonfirmasi pada Senin" in one report and "pada Sabtu" in
    // another (real) are two calls to him, not one event given two dates.
    let said = |day: &str| {
        format!(
            "\"Kontraknya dua tahun,\" kata pelatih Qzarno Dorvalesa dari Persatuan Sepakbola \
             Wanasari, dikonfirmasi pada {day}."
        )
    };
    assert!(conflicts(&[
        (TUE, &said("Senin (3/2/2025)")),
        (TUE, &said("Sabtu (1/2/2025)"))
    ])
    .is_empty());
    // Control: what he did, given two days, is one event with two dates.
    let did = |day: &str| {
        format!(
            "Pelatih Qzarno Dorvalesa menandatangani kontrak baru dengan Persatuan Sepakbola \
             Wanasari pada {day}, kata manajer klub Sutrisno Hadiwijoyo."
        )
    };
    assert_eq!(
        kinds(&conflicts(&[
            (TUE, &did("Senin (3/2/2025)")),
            (TUE, &did("Sabtu (1/2/2025)"))
        ])),
        ["date"]
    );
}

#[test]
fn a_feast_is_a_time_not_a_participant() {
    // "Hari Raya Idul Adha" names when, like a month: two companies' gifts on the feast are
    // two counts, not one count given two ways because both name the feast.
    let a =
        "Perusahaan Qzarmart menyalurkan 341 hewan kurban pada perayaan Hari Raya Idul Adha 2025.";
    let b = "Restoran cepat saji Zorblat menyalurkan 76 hewan kurban pada perayaan Hari Raya Idul Adha 2025 kepada warga.";
    assert!(conflicts(&[(TUE, a), (TUE, b)]).is_empty());
    // Control: one company's gift given two numbers is one count given two ways.
    let c =
        "Perusahaan Qzarmart menyalurkan 314 hewan kurban pada perayaan Hari Raya Idul Adha 2025.";
    assert_eq!(kinds(&conflicts(&[(TUE, a), (TUE, c)])), ["count"]);
}

#[test]
fn the_opponent_named_after_a_pairing_word_did_not_do_what_is_counted() {
    // "melawan Vietnam": Vietnam is the other side of Thailand's two wins, not who won them;
    // Vietnam's six wins of the group are another count.
    let a = "Total 20 poin itu diraih setelah Vietnam meraih enam kemenangan, dua imbang, dan sekali kekalahan.";
    let b = "Timnas Thailand tercatat memiliki rekor buruk melawan Vietnam, dengan hanya meraih dua kemenangan dari total 12 pertemuan.";
    assert!(conflicts(&[(TUE, a), (TUE, b)]).is_empty());
    // Control: Vietnam's wins of the group given another number are one count given two
    // ways.
    let c = "Total 20 poin itu diraih setelah Vietnam meraih tujuh kemenangan, dua imbang, dan sekali kekalahan.";
    assert_eq!(kinds(&conflicts(&[(TUE, a), (TUE, c)])), ["count"]);
}

#[test]
fn a_count_that_cannot_fall_is_a_conflict_when_it_falls() {
    let count = |n: &str| {
        format!("Gempa di Kabupaten Wanasari membuat {n} rumah rusak berat, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.")
    };
    let (a, b) = (count("410"), count("140"));
    // Rising between days: an update.
    let rise = conflicts(&[(MON, &b), (TUE, &a)]);
    assert_eq!(kinds(&rise), ["count-update"], "{rise:?}");
    // Falling between days: damaged houses are not repaired overnight.
    let fall = conflicts(&[(MON, &a), (TUE, &b)]);
    assert_eq!(kinds(&fall), ["count"], "{fall:?}");
    let message = &fall[0].2;
    assert!(
        message.contains("410 as of 2025-02-03") && message.contains("then 140 as of 2025-02-04"),
        "{message}"
    );
    assert!(message.contains("published 2025-02-03") && message.contains("published 2025-02-04"));
    // The missing are found: a falling count of them is an update (`falls: true`).
    let missing = |n: &str| {
        format!("Gempa di Kabupaten Wanasari membuat {n} orang hilang, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.")
    };
    let found = conflicts(&[(MON, &missing("12")), (TUE, &missing("7"))]);
    assert_eq!(kinds(&found), ["count-update"], "{found:?}");
    // The dead are a tally that only rises: fewer dead the next day is a conflict (a count
    // of what the rules know no tally of is an update: `counts_months_apart_are_other_events`).
    let dead = |n: &str| {
        format!("Gempa di Kabupaten Wanasari menewaskan {n} orang, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.")
    };
    let found = conflicts(&[(MON, &dead("12")), (TUE, &dead("7"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

#[test]
fn counts_months_apart_are_other_events() {
    let visit = |n: &str| {
        format!("Sebanyak {n} perusahaan asal Jepang menyatakan minat berinvestasi di Indonesia.")
    };
    let (a, b) = (visit("49"), visit("10"));
    // Control: a few days apart the figure fell; companies' interest is no tally the rules
    // know to only rise (as the dead or the injured are), so a lower figure later is an
    // update of one quantity.
    let days = conflicts(&[(MON, &a), ("Jumat, 7 Februari 2025 | 10:00 WIB", &b)]);
    assert_eq!(kinds(&days), ["count-update"], "{days:?}");
    // Trap: two figures one keystroke apart are an outlet's slip, whatever is counted.
    let slip = conflicts(&[
        (MON, &visit("54")),
        ("Jumat, 7 Februari 2025 | 10:00 WIB", &visit("45")),
    ]);
    assert_eq!(kinds(&slip), ["count"], "{slip:?}");
    // Another visit three months later: more than `count_event_max_days` (60) apart.
    let months = conflicts(&[(MON, &a), ("Senin, 5 Mei 2025 | 10:00 WIB", &b)]);
    assert!(months.is_empty(), "{months:?}");
}

#[test]
fn a_definite_title_refers_to_the_most_named_person_with_that_title() {
    let day = "Monday, 14 July 2025 | 10:00 WIB";
    let lead = "Brazilian Agriculture Minister Renato Lacerda arrived in Jakarta on Monday. Lacerda will visit a sugar plant in Lampung, and Lacerda will meet farmers. He was welcomed by Indonesian Agriculture Minister Dimas Haryo.";
    let a =
        format!("{lead}\n\nThe minister is travelling with a delegation of 54 business leaders.");
    let b =
        format!("{lead}\n\nThe minister is travelling with a delegation of 45 business leaders.");
    let found = conflicts(&[(day, &a), (day, &b)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(found[0].1.contains("business"), "{found:?}");
    // The subject of both counts is Lacerda, not Dimas Haryo (named in the sentence before).
    let rules = Rules::builtin().unwrap();
    let article = Article::new(
        "a.txt",
        format!("{day}\nKabar Uji\n\nJudul\n\n{a}\n"),
        &rules,
    )
    .unwrap();
    let g = factlint::extract_and_group(std::slice::from_ref(&article), &rules);
    let count = g.claims.iter().find(|c| c.count().is_some()).unwrap();
    assert_eq!(count.subject.as_deref(), Some("Renato Lacerda"));
}

#[test]
fn the_year_range_of_bare_numbers_comes_from_the_settings() {
    let body = "Menurut data itu, sebanyak 1950 orang mengungsi ke balai desa di Wanasari.";
    let counted = |rules: &Rules| {
        let text = format!("{TUE}\nKabar Uji\n\nJudul\n\n{body}\n");
        let article = Article::new("a.txt", text, rules).unwrap();
        factlint::extract::extract(&article, 0, rules)
            .iter()
            .filter_map(|c| c.count().map(|d| d.value.display()))
            .collect::<Vec<_>>()
    };
    // 1950 reads as a year by default ...
    assert!(counted(&Rules::builtin().unwrap()).is_empty());
    // ... and as a count once the settings start the years later.
    let dir = std::env::temp_dir().join(format!("factlint-years-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("settings.yaml"),
        "settings:\n  count_year_min: 1990\n",
    )
    .unwrap();
    let rules = Rules::load(std::slice::from_ref(&dir)).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(counted(&rules), ["1950"]);
}

#[test]
fn a_whole_is_not_its_part() {
    let said = "kata Kepala Dinas Perhubungan Wanasari Sutrisno Hadiwijoyo.";
    let fire = format!("Sebanyak 20 bus terbakar di Terminal Wanasari, {said}");
    let part = |whole: &str| {
        format!("Total sebanyak 20 bus yang terbakar dari sebanyak {whole} bus yang dititipkan di Terminal Wanasari, {said}")
    };
    // "20 of 104 buses burned" is no count of 104 burnt buses (kebakaran-bus-rawa-buaya).
    let found = conflicts(&[(MON, &fire), (MON, &part("104"))]);
    assert!(found.is_empty(), "{found:?}");
    // Control: two wholes of one part are one quantity.
    let found = conflicts(&[(MON, &part("104")), (MON, &part("140"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(
        found[0].2.contains("104") && found[0].2.contains("140"),
        "{found:?}"
    );
}

/// A predicate of an exclusive group (the toll: dead, injured; the degree: severe, light)
/// on one count only makes two quantities: "241 people ... had been killed" and "242
/// passengers ... on board" (air-india-ai171-crash), "7 korban luka parah" and "4 korban
/// luka di MPV" (kecelakaan-bus-upsi-malaysia) were each taken for one count.
#[test]
fn a_predicate_on_one_count_only_makes_two_quantities() {
    let day = "Monday, 14 July 2025 | 10:00 WIB";
    let said = "spokesman Daniel Okoro said.";
    let killed = |n: &str| {
        format!("Wanasari Air said {n} passengers aboard the plane to Lembah were killed, {said}")
    };
    let aboard = format!("Wanasari Air said 242 passengers aboard the plane to Lembah, {said}");
    let found = conflicts(&[(day, &killed("241")), (day, &aboard)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same predicate on both sides.
    let found = conflicts(&[(day, &killed("241")), (day, &killed("242"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // "killing" is a word of the dead (rules/en/events.yaml).
    let killing =
        format!("The Wanasari Air plane crashed in Lembah, killing 241 passengers aboard, {said}");
    let found = conflicts(&[(day, &killing), (day, &aboard)]);
    assert!(found.is_empty(), "{found:?}");

    let said = "kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.";
    let injured = |n: &str, how: &str| {
        format!("Sebanyak {n} korban luka{how} dirawat di RSUD Wanasari, {said}")
    };
    let found = conflicts(&[(MON, &injured("7", " parah")), (MON, &injured("4", ""))]);
    assert!(found.is_empty(), "{found:?}");
    // Control: both badly injured.
    let found = conflicts(&[
        (MON, &injured("7", " parah")),
        (MON, &injured("4", " parah")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// Bodies found and bodies identified are two quantities (`found` and `identified` in one
/// exclusive group): "dua jenazah ditemukan" and "Satu jenazah yang berhasil
/// diidentifikasi adalah korban yang ditemukan di ..." met through "ditemukan"
/// (kmp-tunu-pratama-jaya).
#[test]
fn found_and_identified_are_two_counts() {
    let said = "kata Kepala Basarnas Wanasari Sutrisno Hadiwijoyo.";
    let lead = "Pencarian korban KMP Sinar Wanasari memasuki hari kedelapan, dua jenazah ditemukan dan satu teridentifikasi.";
    let body = format!("{lead}\n\n\"Satu jenazah yang berhasil diidentifikasi adalah korban yang ditemukan di Pantai Lembah,\" {said}");
    let found = conflicts(&[(MON, &body)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: two counts of bodies found.
    let other = format!("{lead}\n\nTiga jenazah ditemukan di perairan Lembah, {said}");
    let found = conflicts(&[(MON, &other)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// "sekitar 50 unit bus bekas ludes dilalap api" and "20 bus bekas ... terbakar" say one
/// thing of the same buses in two idioms (`burned` in rules/id/events.yaml), and "50
/// bangkai bus" counts buses (kebakaran-bus-rawa-buaya).
#[test]
fn burned_in_any_idiom_is_one_predicate() {
    let said = "kata Kepala Dinas Perhubungan Wanasari Sutrisno Hadiwijoyo.";
    let burned = format!("Ada sebanyak 20 bus bekas terbakar di Terminal Wanasari, {said}");
    let idiom = format!("Sekitar 50 unit bus bekas ludes dilalap api di Terminal Wanasari, {said}");
    let found = conflicts(&[(MON, &burned), (MON, &idiom)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let wrecks = format!(
        "Tampak si jago merah melahap setidaknya 50 bangkai bus di Terminal Wanasari, {said}"
    );
    let found = conflicts(&[(MON, &burned), (MON, &wrecks)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // Traps: damaged is not burned; "puluhan" fits 20; at least 10 fits 20.
    let damaged = format!("Sekitar 50 unit bus bekas rusak di Terminal Wanasari, {said}");
    let found = conflicts(&[(MON, &burned), (MON, &damaged)]);
    assert!(found.is_empty(), "{found:?}");
    let vague = format!("Puluhan bangkai bus bekas hangus terbakar di Terminal Wanasari, {said}");
    let found = conflicts(&[(MON, &burned), (MON, &vague)]);
    assert!(found.is_empty(), "{found:?}");
    let least = format!("Setidaknya 10 bus bekas ludes dilalap api di Terminal Wanasari, {said}");
    let found = conflicts(&[(MON, &burned), (MON, &least)]);
    assert!(found.is_empty(), "{found:?}");
}

/// A deck's "longsor yang menewaskan 14 orang" and the body's "menewaskan lebih dari 14
/// orang": more than 14 is not 14 (longsor-gunung-kuda-cirebon), while "sedikitnya 14" is.
#[test]
fn more_than_a_number_is_not_that_number() {
    let said = "kata Gubernur Wanasari Sutrisno Hadiwijoyo.";
    let body = |bound: &str| {
        format!("Gubernur Wanasari Sutrisno Hadiwijoyo menutup tambang yang menewaskan 14 orang.\n\nTragedi longsor tambang itu menewaskan {bound} 14 orang, {said}")
    };
    let found = conflicts(&[(MON, &body("lebih dari"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(found[0].2.contains("more than 14"), "{found:?}");
    let found = conflicts(&[(MON, &body("sedikitnya"))]);
    assert!(found.is_empty(), "{found:?}");
}

/// One quake has one depth: BMKG's automatic 47 km and its update's 70 km are a conflict,
/// even a day apart (gempa-pangandaran); an aftershock's depth is another quantity.
#[test]
fn a_fixed_measure_has_one_value_on_every_day() {
    let quake = |depth: &str| {
        format!("Gempa bermagnitudo 5,0 mengguncang Kabupaten Wanasari, kata Kepala BMKG Sutrisno Hadiwijoyo. Pusat gempa berada di laut dengan kedalaman {depth}.")
    };
    let found = conflicts(&[(MON, &quake("47 km")), (TUE, &quake("70 km"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(
        found[0].2.contains("47") && found[0].2.contains("70"),
        "{found:?}"
    );
    // Traps: one depth in two units; the aftershock's depth.
    let found = conflicts(&[(MON, &quake("70 km")), (TUE, &quake("70 kilometer"))]);
    assert!(found.is_empty(), "{found:?}");
    let aftershock = "Gempa susulan bermagnitudo 3,1 mengguncang Kabupaten Wanasari, kata Kepala BMKG Sutrisno Hadiwijoyo. Gempa susulan itu berpusat di laut dengan kedalaman 10 km.";
    let found = conflicts(&[(MON, &quake("70 km")), (MON, aftershock)]);
    assert!(found.is_empty(), "{found:?}");
}

/// An epicentre's coordinates are named by their unit ("8,72 lintang selatan", "8.27LS"):
/// a digit slip is a conflict; BMKG's revision by hundredths of a degree is one value, and
/// figures no slip explains are another quake's.
#[test]
fn an_epicentre_has_one_position_up_to_its_revision() {
    let quake = |lat: &str| {
        format!("Gempa bermagnitudo 5,0 mengguncang Kabupaten Wanasari, kata Kepala BMKG Sutrisno Hadiwijoyo. Pusat gempa berada di koordinat {lat} dan 107,26 BT.")
    };
    let found = conflicts(&[
        (MON, &quake("8,72 lintang selatan")),
        (MON, &quake("8.27LS")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(
        found[0].2.contains("8.72") && found[0].2.contains("8.27"),
        "{found:?}"
    );
    // A revision beside them is shown with the value it revises.
    let found = conflicts(&[
        (MON, &quake("8,72 lintang selatan")),
        (MON, &quake("8.27LS")),
        (MON, &quake("8.32 LS")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(
        found[0]
            .2
            .contains("8.27/8.32 (2 articles) vs 8.72 (1 article)"),
        "{found:?}"
    );
    // Traps: the revision (8.27, then 8.32); figures no one slip makes (another quake's);
    // a number before "LS" with no quake in the sentence or the one before.
    let found = conflicts(&[
        (MON, &quake("8.27 LS")),
        (MON, &quake("8,32 Lintang Selatan")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[(MON, &quake("5.84 LS")), (MON, &quake("3.02 LS"))]);
    assert!(found.is_empty(), "{found:?}");
    let rules = Rules::builtin().unwrap();
    let text =
        "Senin, 3 Februari 2025\nKabar Uji\n\nJudul\n\nPabrik itu memproduksi 12 LS setiap hari.\n";
    let article = Article::new("a.txt".to_string(), text.to_string(), &rules).unwrap();
    let g = factlint::extract_and_group(std::slice::from_ref(&article), &rules);
    assert!(
        g.claims.iter().all(|c| !c.text.contains("LS")),
        "{:?}",
        g.claims
    );
}

/// A figure over a period ("selama periode 1-3 Februari 2025") and one of a day, or of
/// another period, are two quantities: a sum of days and a day's (old archive: a railway's
/// seats sold over five days against those of the day; car exports of April against
/// motorbike exports of January to May).
#[test]
fn a_figure_of_a_period_is_not_a_figure_of_a_day() {
    let sold = |when: &str, n: &str| {
        format!(
            "Kepala Humas KAI Qzarline Budi Dorvale mengatakan {n} tiket kereta terjual {when}."
        )
    };
    let found = conflicts(&[
        (MON, &sold("selama periode 1-3 Februari 2025", "931.119")),
        (MON, &sold("pada Senin (3/2/2025)", "917.183")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        (MON, &sold("selama periode 1-3 Februari 2025", "931.119")),
        (MON, &sold("selama periode 2-3 Februari 2025", "921.119")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: one period, or one day, given two figures.
    let found = conflicts(&[
        (MON, &sold("selama periode 1-3 Februari 2025", "931.119")),
        (MON, &sold("selama periode 1-3 Februari 2025", "913.119")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = conflicts(&[
        (MON, &sold("pada Senin (3/2/2025)", "197.183")),
        (MON, &sold("pada Senin (3/2/2025)", "179.183")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// A span of time a figure is counted over ("dalam waktu 24 jam", "within 24 hours") makes
/// it another quantity than a figure over another span (old archive: "1.600 pesanan hanya
/// dalam waktu 24 jam" and "2.100 pesanan dalam waktu 48 jam" of one car).
#[test]
fn a_figure_over_a_span_of_time_is_compared_with_the_same_span_only() {
    let orders = |n: &str, span: &str| {
        format!(
            "Direktur Qzarmotor Budi Dorvale mengatakan mobil itu memperoleh {n} pesanan {span}."
        )
    };
    let found = conflicts(&[
        (MON, &orders("1.600", "hanya dalam waktu 24 jam")),
        (MON, &orders("2.100", "dalam waktu 48 jam")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        (MON, &orders("1.600", "dalam dua hari")),
        (MON, &orders("2.100", "selama tiga hari")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: one span, written with digits or words, given two figures.
    let found = conflicts(&[
        (MON, &orders("1.600", "dalam waktu 24 jam")),
        (MON, &orders("1.900", "dalam 24 jam")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = conflicts(&[
        (MON, &orders("1.600", "dalam dua hari")),
        (MON, &orders("1.900", "selama 2 hari")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let day = "Monday, February 3, 2025";
    let found = conflicts(&[
        (
            day,
            "Qzarmotor director Budi Dorvale said the car got 1,600 orders within 24 hours.",
        ),
        (
            day,
            "Qzarmotor director Budi Dorvale said the car got 2,100 orders within 48 hours.",
        ),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // A word may stand between the opening word and the number, and a word may be a span
    // by itself (WikiRef's Paris reports: "414 raids across France over the three nights"
    // and "168 raids across the country" on one day; "31 weapons in overnight raids").
    let raids = |n: &str, span: &str| {
        format!("Qzarland interior minister Budi Dorvale said police led {n} raids across Qzarland {span}.")
    };
    let found = conflicts(&[
        (day, &raids("414", "over the three nights")),
        (day, &raids("168", "on that day")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        (day, &raids("414", "in the past three days")),
        (day, &raids("168", "on that day")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        (day, &raids("168", "on that day")),
        (day, &raids("128", "in overnight operations")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: one span given two figures, with or without the word between.
    let found = conflicts(&[
        (day, &raids("414", "over the three nights")),
        (day, &raids("441", "over three nights")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = conflicts(&[
        (day, &raids("31", "in overnight operations")),
        (day, &raids("13", "in overnight operations")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// Two articles that put their quake's epicentre in two places (coordinates neither within
/// the measure's tolerance nor one slip apart) tell of two quakes: their depths are not
/// one quantity (old archive: a quake off Melonguane, "5,07° Lintang Utara dan 126,34°
/// Bujur Timur", at 85 km, against the Pangandaran quake at 47 km). A degree sign may
/// stand between a coordinate's digits and its unit.
#[test]
fn two_epicentres_are_two_quakes() {
    let quake = |depth: &str, east: &str| {
        format!("Gempa bermagnitudo 5,0 mengguncang Kabupaten Wanasari, kata Kepala BMKG Sutrisno Hadiwijoyo. Pusat gempa berada di koordinat 8,08° Lintang Selatan dan {east} Bujur Timur, dengan kedalaman {depth} km.")
    };
    let found = conflicts(&[
        (MON, &quake("47", "108,72°")),
        (MON, &quake("85", "126,34°")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Control: one epicentre (a revision within tolerance), two depths: a conflict.
    let found = conflicts(&[
        (MON, &quake("47", "108,72°")),
        (MON, &quake("70", "108,71°")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    assert!(
        found[0].2.contains("47") && found[0].2.contains("70"),
        "{found:?}"
    );
    // A slip of the epicentre's digits is one place too (and a conflict of its own).
    let found = conflicts(&[
        (MON, &quake("47", "108,72°")),
        (MON, &quake("70", "108,27°")),
    ]);
    assert_eq!(kinds(&found), ["count", "count"], "{found:?}");
}

/// One quake has one magnitude, written with a decimal comma or point, with or without
/// "magnitudo": 4,8 and M4,9 are a conflict; 5,0, M5,0 and Mag:5.0 one value.
#[test]
fn a_quake_has_one_magnitude() {
    let quake = |m: &str| {
        format!("Gempa {m} mengguncang Kabupaten Wanasari, kata Kepala BMKG Sutrisno Hadiwijoyo.")
    };
    let found = conflicts(&[(MON, &quake("magnitudo 4,8")), (MON, &quake("M4,9"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = conflicts(&[
        (MON, &quake("magnitudo 5,0")),
        (MON, &quake("M5,0")),
        (TUE, &quake("Mag:5.0")),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A count in a relative clause after a name is that name's: "legenda Brasil, Edson Arantes,
/// yang mengoleksi 70 gol" is not Messi's tally (Kompas archive: "Jens Raven, yang berhasil
/// mencetak satu gol" was read as his team's six).
#[test]
fn a_count_in_a_relative_clause_is_its_names() {
    let messi = "Kini Lionel Messi mengoleksi 69 gol dari tendangan bebas.";
    let pele = "Kini Lionel Messi terpaut satu gol dari legenda Brasil, Edson Arantes, yang \
                mengoleksi 70 gol dari tendangan bebas.";
    let found = conflicts(&[(MON, messi), (MON, pele)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same figure told of Messi himself.
    let messi_70 = "Kini Lionel Messi mengoleksi 70 gol dari tendangan bebas.";
    let found = conflicts(&[(MON, messi), (MON, messi_70)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // A relative clause after the only name of its sentence changes nothing.
    let only = "Kini Lionel Messi, yang mengoleksi 70 gol dari tendangan bebas, tersenyum.";
    let found = conflicts(&[(MON, messi), (MON, only)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// The day a running total reached a figure is not the day of the event it counts: "the
/// death toll rose to 26 on Thursday" against another outlet's capsizing "on Tuesday night".
#[test]
fn the_day_a_total_was_reached_is_no_event_date() {
    let wed = "Wednesday, August 13, 2025";
    let capsized = "The ferry MV Serena Bay capsized off Marlow Point on Tuesday night, \
                    coast guard spokesman Daniel Okafor said.";
    let rose = "The death toll from the capsizing of the MV Serena Bay off Marlow Point rose \
                to 26 on Thursday, coast guard spokesman Daniel Okafor said.";
    let found = conflicts(&[(wed, capsized), ("Friday, August 15, 2025", rose)]);
    assert!(!kinds(&found).contains(&"date"), "{found:?}");
    // Control: the capsizing given another day.
    let monday = "The ferry MV Serena Bay capsized off Marlow Point on Monday night, coast \
                  guard spokesman Daniel Okafor said.";
    let found = conflicts(&[(wed, capsized), (wed, monday)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

/// A limit is another quantity than what there is: "regulasi 11 pemain asing" and "sudah
/// punya delapan pemain asing" (Kompas archive).
#[test]
fn a_limit_is_no_count_of_what_there_is() {
    let who = "kata Pelatih Persib Bojan Hodak.";
    let limit = format!("Persib Bandung boleh mendaftarkan 11 pemain asing sesuai regulasi, {who}");
    let have = format!("Persib Bandung boleh mendaftarkan delapan pemain asing, {who}");
    let found = conflicts(&[(MON, &limit), (MON, &have)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: without the limit word, 11 and eight are one quantity given two numbers.
    let eleven = format!("Persib Bandung boleh mendaftarkan 11 pemain asing, {who}");
    let found = conflicts(&[(MON, &eleven), (MON, &have)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// A count's subjects are what its own sentence names, cued or not: "total penumpang KMP
/// Sinar Wanasari yang berhasil dievakuasi" in two articles is one running total, whoever
/// spoke in the sentence before (kmp-tunu-pratama-jaya: 42 and 41 were never compared).
#[test]
fn a_count_is_about_what_its_sentence_names() {
    let day = "Rabu, 9 Juli 2025 | 10:00 WIB";
    let total = |speaker: &str, n: &str| {
        format!("Pencarian memasuki hari kedelapan, kata {speaker}.\n\nSaat ini, total penumpang KMP Sinar Wanasari yang berhasil dievakuasi mencapai {n} orang.")
    };
    let a = total("Kepala Basarnas Wanasari Sutrisno Hadiwijoyo", "42");
    let b = total("Kapolres Lembah Bambang Sugeng", "41");
    let found = conflicts(&[(day, &a), (day, &b)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // Trap: one article counting the same thing in two places it names without a cue.
    let places = "Gangguan listrik melanda dua kota, kata Kepala PLN Wanasari Sutrisno Hadiwijoyo.\n\nDi Lembah Hijau, listrik padam di rumah 14.508 pelanggan.\n\nDi Tanjung Batu, listrik padam di rumah 13.768 pelanggan.";
    let found = conflicts(&[(day, places)]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn the_speaker_of_a_count_is_not_what_it_counts() {
    let day = "Sabtu, 31 Mei 2025 | 10:00 WIB";
    let a = "Gubernur Jawa Tengah Sutrisno Hadiwijoyo berduka atas longsor Gunung Wanasari yang menewaskan lebih dari 14 orang.";
    // The figure is given by another official, named only as its speaker.
    let b = "Longsor Gunung Wanasari di Jawa Tengah masih ditangani.\n\n\"Sebanyak 14 orang dinyatakan meninggal dunia,\" kata Bambang Sugeng.";
    let found = conflicts(&[(day, a), (day, b)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // Control: the same figure said of another person (he is what the sentence is about,
    // not its speaker) is another quantity.
    let c = "Longsor Gunung Wanasari di Jawa Tengah masih ditangani.\n\nSebanyak 14 orang anggota tim Bambang Sugeng dinyatakan meninggal dunia.";
    let found = conflicts(&[(day, a), (day, c)]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_weekday_that_fits_the_storys_date_makes_the_year_a_slip() {
    let day = "Kamis, 29 Mei 2025 | 10:00 WIB";
    let slip =
        "Presiden Wanasari Sutrisno Hadiwijoyo tiba di Istana Merdeka pada Rabu malam (28/5/2024).";
    let right =
        "Presiden Wanasari Sutrisno Hadiwijoyo disambut di Istana Merdeka, Rabu (28/5/2025).";
    let found = conflicts(&[(day, slip), (day, right)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    assert!(
        found[0].2.contains("the year is likely a slip"),
        "{found:?}"
    );
    // Trap: no date of the story fits the day name: only the weekday is reported.
    let found = conflicts(&[(day, slip)]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
    // Trap: the story's date is written with another day name: no slip.
    let other =
        "Presiden Wanasari Sutrisno Hadiwijoyo disambut di Istana Merdeka, Kamis (29/5/2025).";
    let found = conflicts(&[(day, slip), (day, other)]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
    // Trap: a month slip and a year slip both fit: left open, reported as a weekday.
    let month =
        "Presiden Wanasari Sutrisno Hadiwijoyo kembali ke Istana Merdeka, Rabu (28/8/2024).";
    let found = conflicts(&[(day, slip), (day, right), (day, month)]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
}

#[test]
fn a_target_is_another_quantity_than_what_is_done() {
    let day = "Rabu, 5 November 2025 | 10:00 WIB";
    let done = "Menteri Transmigrasi Sutrisno Hadiwijoyo menuturkan, 7.000 bidang tanah di kawasan transmigrasi kini telah bersertifikat.\n\nKementerian menargetkan 13.000 bidang tanah di kawasan transmigrasi telah bersertifikat.";
    let found = conflicts(&[(day, done)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same sentence without the goal word is the same quantity given twice.
    // ("Tahun ini" before it would make it a figure of the year, another quantity than the
    // day's: see `a_figure_of_a_period_is_not_a_figure_of_a_day`.)
    let twice = "Menteri Transmigrasi Sutrisno Hadiwijoyo menuturkan, 7.000 bidang tanah di kawasan transmigrasi kini telah bersertifikat.\n\nKementerian telah menyertifikatkan 13.000 bidang tanah di kawasan transmigrasi.";
    let found = conflicts(&[(day, twice)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

#[test]
fn where_flights_go_keeps_two_counts_apart() {
    let day = "Rabu, 18 Juni 2025 | 10:00 WIB";
    let both = "Sebanyak 17 penerbangan rute internasional dan domestik di Bandara Wanasari dibatalkan akibat erupsi.\n\nSementara itu, terdapat 13 penerbangan internasional dan dua penerbangan domestik yang dibatalkan oleh maskapai.";
    let found = conflicts(&[(day, both)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same two figures, both of international flights, are one quantity.
    let same = "Sebanyak 17 penerbangan rute internasional di Bandara Wanasari dibatalkan akibat erupsi.\n\nSementara itu, terdapat 13 penerbangan internasional yang dibatalkan oleh maskapai.";
    let found = conflicts(&[(day, same)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // Trap: "Internasional" inside an airport's name singles out no flights.
    let named = "Sebanyak 17 penerbangan di Bandara Internasional Wanasari dibatalkan akibat erupsi, kata Kepala Bandara Internasional Wanasari Budi Santoso.\n\nMenurut Budi Santoso, terdapat 13 penerbangan yang dibatalkan akibat erupsi.";
    let found = conflicts(&[(day, named)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

#[test]
fn a_streak_is_another_quantity_than_a_total() {
    let day = "Rabu, 18 Juni 2025 | 10:00 WIB";
    let both = "Tim Qzarmada meraih enam kemenangan di Grup Dorvale musim ini.\n\nTim Qzarmada kini meraih dua kemenangan beruntun di Grup Dorvale.";
    let found = conflicts(&[(day, both)]);
    assert!(found.is_empty(), "{found:?}");
    let english = "Qzarmada have six wins in the Dorvale group this season.\n\nQzarmada now have two consecutive wins in the Dorvale group.";
    let found = conflicts(&[(day, english)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: two totals of the season are one quantity.
    let same = "Tim Qzarmada meraih enam kemenangan di Grup Dorvale musim ini.\n\nTim Qzarmada kini meraih dua kemenangan di Grup Dorvale musim ini.";
    let found = conflicts(&[(day, same)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // Trap: a marker that is the count's own noun ("30 di antaranya", the part it names)
    // singles out nothing: 30 and 31 survivors of one evacuation disagree.
    let part = "Jumlah penumpang KMP Qzarmada yang berhasil dievakuasi mencapai 42 orang. 30 di antaranya dinyatakan selamat, sementara 12 lainnya meninggal dunia.";
    let all = "Jumlah penumpang KMP Qzarmada yang berhasil dievakuasi mencapai 42 orang, dengan rincian 31 orang selamat dan 11 lainnya meninggal dunia.";
    let found = conflicts(&[(day, part), (day, all)]);
    assert_eq!(kinds(&found), ["count", "count"], "{found:?}");
}

#[test]
fn a_gloss_in_brackets_does_not_cut_a_counts_window() {
    let day = "Jumat, 20 Juni 2025 | 10:00 WIB";
    // "hilang" after "(ABK)" makes the 3 missing crew, not the 8 aboard.
    let aboard = "Kapal Layar Motor Asia Mulia bermuatan 8 orang anak buah kapal (ABK) dan 57 ekor kerbau tenggelam di perairan Bantaeng.\n\nKapal itu terbalik sehingga 3 orang anak buah kapal (ABK) hilang.";
    let found = conflicts(&[(day, aboard)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: two figures of the missing crew, each with the gloss, are one quantity.
    let missing = "Kapal Layar Motor Asia Mulia tenggelam di perairan Bantaeng dan 8 orang anak buah kapal (ABK) hilang.\n\nKapal itu terbalik sehingga 3 orang anak buah kapal (ABK) hilang.";
    let found = conflicts(&[(day, missing)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// One quake report dated `when`.
fn quake(when: &str) -> String {
    format!("Gempa mengguncang Kabupaten Wanasari pada {when} dini hari, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.")
}

#[test]
fn a_relative_date_is_one_event_only_with_articles_of_its_week() {
    let march = "Senin, 10 Maret 2025 | 10:00 WIB";
    // "Kamis" in an article of 3 February is 30 January; an article of five weeks later
    // dates its own quake 7 March: two quakes, not one given two dates.
    let found = conflicts(&[(MON, &quake("Kamis")), (march, &quake("Jumat (7/3/2025)"))]);
    assert!(found.is_empty(), "{found:?}");
    // Control: an article of the next day that dates the quake 31 January.
    let found = conflicts(&[(MON, &quake("Kamis")), (TUE, &quake("Jumat (31/1/2025)"))]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn two_articles_writing_the_same_relative_date_agree() {
    let friday = "Jumat, 7 Februari 2025 | 10:00 WIB";
    // Both write "Kamis": resolved against their own days they are 30 January and 6
    // February, but the sources say the same thing.
    let found = conflicts(&[(MON, &quake("Kamis")), (friday, &quake("Kamis"))]);
    assert!(found.is_empty(), "{found:?}");
    // Control: "Rabu" in the later one is another day than the first one's Thursday.
    let found = conflicts(&[(MON, &quake("Kamis")), (friday, &quake("Rabu"))]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_count_is_about_its_part_of_the_sentence() {
    let day = "Senin, 16 Juni 2025 | 10:00 WIB";
    let war = "Serangan Lembah Hijau ke Bukit Batu menyebabkan 224 orang tewas.";
    // The sides of the war are named after ", sedangkan": another statement than the crash.
    let crash = "Pesawat Wanasari Air jatuh dan menewaskan 279 orang, sedangkan perang Lembah Hijau dan Bukit Batu terus berkecamuk.";
    let found = conflicts(&[(day, war), (day, crash)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same figure said of the war in one statement is the war's toll.
    let toll = "Perang Lembah Hijau dan Bukit Batu terus berkecamuk dan menewaskan 279 orang.";
    let found = conflicts(&[(day, war), (day, toll)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

#[test]
fn the_last_name_of_a_list_is_no_other_statement() {
    let day = "Senin, 16 Juni 2025 | 10:00 WIB";
    // ", dan Bukit Batu" ends a list of names: the count is about all of them.
    let a =
        "Kerja sama mencakup empat negara anggota dari Lembah Hijau, Tanah Merah, dan Bukit Batu.";
    let b = "Kerja sama mencakup lima negara anggota dari Bukit Batu.";
    let found = conflicts(&[(day, a), (day, b)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// The frame words of the date claim written `date` in an English article of 31 August 2016.
fn frame_words(body: &str, date: &str) -> Vec<String> {
    let rules = Rules::builtin().unwrap();
    let text = format!("Wednesday, 31 August 2016 | 10:00 WIB\nKabar Uji\n\nJudul\n\n{body}\n");
    let article = Article::new("a.txt", text, &rules).unwrap();
    let g = factlint::extract_and_group(std::slice::from_ref(&article), &rules);
    let claim = g
        .claims
        .iter()
        .find(|c| c.text == date)
        .unwrap_or_else(|| panic!("no claim {date:?}"));
    claim
        .frame
        .as_ref()
        .map_or_else(Vec::new, |f| f.words.clone())
}

#[test]
fn names_and_titles_are_no_event_words() {
    let body = "Governor Amos Lester met farmers in Tulsa. Lester tweeted on Tuesday that he accepted an invitation. President Amos Lester arrived in Mexico on Wednesday. The White House announced the trip on Monday. Flood water reached the old town hall on Sunday.";
    // A name that opens a sentence is a name: the article writes it capitalised inside a
    // sentence and never in lower case.
    let tuesday = frame_words(body, "Tuesday");
    assert!(
        tuesday.iter().any(|w| w.starts_with("invitation")),
        "{tuesday:?}"
    );
    assert!(!tuesday.iter().any(|w| w == "lester"), "{tuesday:?}");
    // A title says who, not what happened.
    let wednesday = frame_words(body, "Wednesday");
    assert!(
        !wednesday.iter().any(|w| w.starts_with("president")),
        "{wednesday:?}"
    );
    assert!(!wednesday.is_empty(), "{wednesday:?}");
    // "House" of the White House is part of a name (never written in lower case here).
    let monday = frame_words(body, "Monday");
    assert!(!monday.iter().any(|w| w == "house"), "{monday:?}");
    assert!(monday.iter().any(|w| w == "visit"), "{monday:?}"); // "trip" is the concept `visit`
                                                                // Trap: a common word that opens a sentence stays a content word.
    let sunday = frame_words(body, "Sunday");
    assert!(
        sunday.iter().any(|w| w == "flood" || w == "flooded"),
        "{sunday:?}"
    );
    // Trap: the word after a dateline's dash opens a sentence.
    let dash = "TULSA, Tulsa Daily - Flood water reached the old town hall on Sunday. The Tulsa Fire Department said it was pumping.";
    let sunday = frame_words(dash, "Sunday");
    assert!(
        sunday.iter().any(|w| w == "flood" || w == "flooded"),
        "{sunday:?}"
    );
    // Trap: a word the article also writes in lower case is no name where it is capitalised.
    let both = "The White House announced the trip on Monday. Officials said the house was full.";
    let monday = frame_words(both, "Monday");
    assert!(monday.iter().any(|w| w == "house"), "{monday:?}");
}

#[test]
fn dates_years_apart_are_two_events() {
    let day = "Monday, 30 March 2015 | 10:00 WIB";
    let signed = |when: &str| {
        format!("Governor Amos Lester of Indiana signed the Religious Freedom Restoration Act into law {when}, his office said.")
    };
    // Control: a year apart, a slip of the year digit: one signing given two dates.
    let slip = conflicts(&[
        (day, &signed("on 26 March 2015")),
        (day, &signed("on 26 March 2014")),
    ]);
    assert_eq!(kinds(&slip), ["date"], "{slip:?}");
    // More than `date_event_max_days` (400) apart: two signings.
    let apart = conflicts(&[
        (day, &signed("on 26 March 2015")),
        (day, &signed("in 1993")),
    ]);
    assert!(apart.is_empty(), "{apart:?}");
}

#[test]
fn two_dates_hanging_on_different_words_are_two_events() {
    let day = "Tuesday, 31 March 2015 | 10:00 WIB";
    let enacted =
        "Governor Amos Lester defended the religious freedom law enacted on 26 March 2015.";
    // The backlash to the law grew on another day: another event of the same law, though
    // the clauses share three words.
    let grew =
        "Governor Amos Lester saw the backlash to the religious freedom law grew on 30 March 2015.";
    let found = conflicts(&[(day, enacted), (day, grew)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same word governs both dates.
    let other = "Governor Amos Lester defended the religious freedom law enacted on 30 March 2015.";
    let found = conflicts(&[(day, enacted), (day, other)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_head_word_met_in_the_other_clause_keeps_one_event() {
    // "vonis" heads one date, "divonis" the other: one word with its prefix, so one
    // verdict given two days.
    let a = "Majelis hakim menjatuhkan vonis pada Senin (3/2/2025) kepada Bupati Wanasari Sutrisno Hadiwijoyo dalam sidang di pengadilan negeri.";
    let b = "Bupati Wanasari Sutrisno Hadiwijoyo divonis pada Minggu (2/2/2025) oleh majelis hakim dalam sidang di pengadilan negeri.";
    let found = conflicts(&[(TUE, a), (TUE, b)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_meeting_still_to_come_is_not_one_already_held() {
    let tue = "Tuesday, 31 March 2015 | 10:00 WIB";
    let thu = "Thursday, 2 April 2015 | 10:00 WIB";
    let held =
        "Governor Amos Lester opened the budget meeting on 30 March 2015 at the state house.";
    // Written after 30 March, a meeting still to come is the next one.
    let next =
        "Governor Amos Lester will open the budget meeting on 20 April 2015 at the state house.";
    let found = conflicts(&[(tue, held), (thu, next)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: told as past by both, the two days disagree.
    let past =
        "Governor Amos Lester opened the budget meeting on 29 March 2015 at the state house.";
    let found = conflicts(&[(tue, held), (thu, past)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Control: scheduled in an article written before the day the other says it was
    // held: the schedule and the meeting disagree.
    let mon = "Monday, 23 March 2015 | 10:00 WIB";
    let planned =
        "Governor Amos Lester will open the budget meeting on 31 March 2015 at the state house.";
    let found = conflicts(&[(tue, held), (mon, planned)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_pronoun_stands_for_the_person_named_before_it_in_its_sentence() {
    let day = "Tuesday, 4 February 2025 | 10:00 WIB";
    let him =
        "Rep. Amos Lester resigned from Congress on 3 February 2025 amid a federal investigation.";
    // "she" is the wife named before it in her sentence, even with no cue: her
    // resignation is not his, though the article is about him.
    let wife = "Rep. Amos Lester pleaded guilty. His wife Sandra Lester was a city alderman before she resigned on 20 January 2025 amid the federal investigation.";
    let found = conflicts(&[(day, him), (day, wife)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: a pronoun with nobody named before it in its sentence stands for the
    // person named before the sentence.
    let he = "Rep. Amos Lester pleaded guilty. He resigned from Congress on 20 January 2025 amid the federal investigation.";
    let found = conflicts(&[(day, him), (day, he)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn how_a_figure_moved_or_was_told_ties_no_two_events() {
    let said = "Menteri Keuangan Sutrisno Hadiwijoyo mengatakan";
    // "meningkat" (rose) and "diberitakan" (was reported) say how, not what: the jobless
    // and the Gini ratio, two news reports.
    let jobless = format!("{said} jumlah pengangguran meningkat pada Februari 2025.");
    let gini = format!("{said} rasio gini meningkat pada Maret 2025.");
    let found = conflicts(&[(TUE, &jobless), (TUE, &gini)]);
    assert!(found.is_empty(), "{found:?}");
    let tariff =
        format!("{said} tarif baja naik, seperti diberitakan media lokal pada Senin (3/2/2025).");
    let strike =
        format!("{said} serangan terjadi, seperti diberitakan media asing pada Minggu (2/2/2025).");
    let found = conflicts(&[(TUE, &tariff), (TUE, &strike)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: one figure given two months.
    let other = format!("{said} jumlah pengangguran meningkat pada Maret 2025.");
    let found = conflicts(&[(TUE, &jobless), (TUE, &other)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_shared_distinguishing_modifier_alone_ties_no_two_events() {
    let coach = "Menurut Kapolsek Wanasari Sutrisno Hadiwijoyo,";
    // "pertama" must agree between two claims, but is no evidence by itself: the first
    // match and the first debut.
    let first_match = format!("{coach} laga pertama digelar pada Oktober 2024.");
    let debut = format!("{coach} debut pertama digelar pada 2023.");
    let found = conflicts(&[(TUE, &first_match), (TUE, &debut)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the first match given two months.
    let other = format!("{coach} laga pertama digelar pada November 2024.");
    let found = conflicts(&[(TUE, &first_match), (TUE, &other)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn one_slip_written_twice_is_one_conflict() {
    let day = "Kamis, 29 Mei 2025 | 10:00 WIB";
    let twice = "Presiden Wanasari Sutrisno Hadiwijoyo tiba di Istana Merdeka pada Rabu malam (28/5/2024).\n\nSutrisno Hadiwijoyo berpidato di Istana Merdeka pada Rabu (28/5/2024) malam.";
    let right =
        "Presiden Wanasari Sutrisno Hadiwijoyo disambut di Istana Merdeka, Rabu (28/5/2025).";
    let found = conflicts(&[(day, twice), (day, right)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // So is one wrong day name written twice for one date, and the same slip of two
    // articles of one story.
    let found = conflicts(&[(day, twice)]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
    let once =
        "Presiden Wanasari Sutrisno Hadiwijoyo tiba di Istana Merdeka pada Rabu malam (28/5/2024).";
    let found = conflicts(&[(day, once), (day, once), (day, right)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Trap: two different wrong dates are two conflicts.
    let two = "Presiden Wanasari Sutrisno Hadiwijoyo tiba di Istana Merdeka pada Rabu malam (28/5/2024).\n\nSutrisno Hadiwijoyo berpidato di Istana Merdeka pada Selasa (28/5/2025) malam.";
    let found = conflicts(&[(day, two)]);
    assert_eq!(kinds(&found), ["weekday", "weekday"], "{found:?}");
}

#[test]
fn a_day_of_the_articles_week_written_in_another_year_is_a_year_slip() {
    let day = "Selasa, 10 Juni 2025 | 19:53 WIB";
    let at = |date: &str| {
        format!(
            "Laga Arab Saudi melawan Australia akan berlangsung di Jeddah, {date} dini hari WIB."
        )
    };
    // The weekday fits the written date, so only the year says it is wrong.
    let found = conflicts(&[(day, &at("Rabu (10/6/2026)"))]);
    assert_eq!(kinds(&found), ["dateline"], "{found:?}");
    assert!(
        found[0]
            .2
            .contains("2026-06-10, where 2025-06-10 is the publication day itself"),
        "{found:?}"
    );
    // Two neighbouring digits swapped, a day after publication; and a year behind.
    let found = conflicts(&[(day, &at("Selasa (11/6/2052)"))]);
    assert_eq!(kinds(&found), ["dateline"], "{found:?}");
    let found = conflicts(&[(day, &at("Senin (10/6/2024)"))]);
    assert_eq!(kinds(&found), ["dateline"], "{found:?}");
    // Trap: a day of a decade before (two digits of the year differ) is no slip.
    let found = conflicts(&[(day, &at("Senin (9/6/2014)"))]);
    assert!(found.is_empty(), "{found:?}");
    // Trap: one digit off, but the day is weeks from publication.
    let found = conflicts(&[(day, &at("Senin (22/6/2026)"))]);
    assert!(found.is_empty(), "{found:?}");
    // Trap: a weekday wrong for its date is reported by the older rules (`date`'s "the
    // year is likely a slip" here, since Selasa fits the publication day), not twice.
    let found = conflicts(&[(day, &at("Selasa (10/6/2026)"))]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Control: the right year.
    let found = conflicts(&[(day, &at("Rabu (11/6/2025)"))]);
    assert!(found.is_empty(), "{found:?}");
}

const FRI_EN: &str = "Friday, January 25, 2019";

#[test]
fn the_day_of_a_statement_is_not_the_day_of_what_it_tells() {
    let said =
        "Senator Dale Hargrove said Friday that the government would reopen for three weeks.";
    let agreed =
        "Senator Dale Hargrove agreed on Thursday to reopen the government for three weeks.";
    let found = conflicts(&[(FRI_EN, said), (FRI_EN, agreed)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same act given two days.
    let agreed_fri =
        "Senator Dale Hargrove agreed on Friday to reopen the government for three weeks.";
    let found = conflicts(&[(FRI_EN, agreed_fri), (FRI_EN, agreed)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

/// The day a source was cited ("Mengutip Cointelegraph, Rabu (4/6/2025)", `citing` in the
/// events rules) is a day of telling, not the day of what it tells (old archive: two
/// copies of one report set the citing day against the day of the post it cites).
#[test]
fn the_day_a_source_was_cited_is_not_the_day_of_what_it_tells() {
    let day = "Rabu, 4 Juni 2025 | 10:00 WIB";
    // Two copies of one report, each giving the day of the post and the day it was cited.
    let at = |opening: &str| {
        format!("Direktur Qzartech Paolo Dermin memindahkan dana perusahaan. {opening} Qzarpost, Rabu (4/6/2025) sebuah postingan di platform media sosial X pada 3 Juni 2025 mengungkapkan dua transfer kripto.")
    };
    let cited = at("Mengutip");
    let found = conflicts(&[(day, &cited), (day, &cited)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: no citing word before the name: one post, two days.
    let dated = at("Di");
    let found = conflicts(&[(day, &dated), (day, &dated)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

/// "waktu setempat" (local time) says where the clock is, not what happened: two dates that
/// share only it are two events (old archive: a player's injury "pada hari Senin (9/6) waktu
/// setempat" against the match "Selasa (10/6/2025) malam waktu setempat").
#[test]
fn local_time_ties_no_two_dates_together() {
    let day = "Selasa, 10 Juni 2025 | 10:00 WIB";
    let hurt = "Menurut pelatih Patrick Dorvale, bek Rizky Qzarho mulai merasakan masalah pada hari Senin (9/6) waktu setempat, ketika berlatih.";
    let game = |when: &str| {
        format!("Pelatih Patrick Dorvale akan menantang Jepang pada laga pamungkas, {when} malam waktu setempat di stadion kota itu.")
    };
    let found = conflicts(&[(day, hurt), (day, &game("Selasa (10/6/2025)"))]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the match given two days.
    let found = conflicts(&[
        (day, &game("Senin (9/6/2025)")),
        (day, &game("Selasa (10/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn the_day_a_report_was_disputed_is_not_the_day_of_the_report() {
    let disputed = "Senator Dale Hargrove disputed on Friday a report that Amos Lester lied.";
    let report = "Senator Dale Hargrove disputed the report Thursday that Amos Lester lied.";
    let found = conflicts(&[(FRI_EN, disputed), (FRI_EN, report)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the dispute given two days by two statements.
    let disputed_thu = "Senator Dale Hargrove disputed on Thursday a report that Amos Lester lied.";
    let found = conflicts(&[(FRI_EN, disputed), (FRI_EN, disputed_thu)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn two_dates_hang_on_one_word_only_when_each_head_is_in_the_other() {
    // "photo" heads the one and is a word of the other, but "silence" is not: two events.
    let broke =
        "Rep. Amos Lester broke his silence Wednesday about a lewd photo sent from his account.";
    let sent = "Rep. Amos Lester said a hacker sent the lewd photo out late Friday.";
    let found = conflicts(&[(FRI_EN, broke), (FRI_EN, sent)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: each head among the other's words.
    let sent_thu = "Rep. Amos Lester said a hacker sent the lewd photo out late Thursday.";
    let found = conflicts(&[(FRI_EN, sent_thu), (FRI_EN, sent)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn an_article_that_names_both_days_does_not_slip_on_one() {
    let thursday =
        "Senator Dale Hargrove voted on Thursday to reopen the government for two weeks.";
    let friday = "Senator Dale Hargrove voted on Friday to reopen the government for three weeks.";
    let both = format!("{thursday} {friday}");
    let found = conflicts(&[(FRI_EN, &both), (FRI_EN, friday)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: without its own Friday the article's Thursday contradicts the other's Friday.
    let found = conflicts(&[(FRI_EN, thursday), (FRI_EN, friday)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn what_is_still_to_come_this_year_is_not_what_was_done_last_year() {
    let jan = "Thursday, 23 January 2014 | 10:00 WIB";
    let passed =
        "The Senate passed the immigration reform bill of Senator Amos Lester in June 2013.";
    // "this year" began before the article's day but may still lie ahead.
    let will = "The House will pass the immigration reform bill of Senator Amos Lester this year.";
    let found = conflicts(&[(jan, passed), (jan, will)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: both told as done, in two months.
    let july = "The Senate passed the immigration reform bill of Senator Amos Lester in July 2013.";
    let found = conflicts(&[(jan, passed), (jan, july)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_prediction_is_no_event_reported_as_past() {
    let dec = "Wednesday, 8 December 2010 | 10:00 WIB";
    let predict = "Governor Amos Lester said economists predict higher job growth in 2011.";
    let found = conflicts(&[(dec, predict)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: the same year told as past.
    let grew = "Governor Amos Lester said job growth was higher in 2011.";
    let found = conflicts(&[(dec, grew)]);
    assert_eq!(kinds(&found), ["dateline"], "{found:?}");
}

#[test]
fn reports_published_months_apart_tell_no_one_event() {
    let june = "Kamis, 5 Juni 2025 | 10:00 WIB";
    let july = "Selasa, 15 Juli 2025 | 10:00 WIB";
    let june_near = "Jumat, 13 Juni 2025 | 10:00 WIB";
    let a = "Kapolsek Wanasari Sutrisno Hadiwijoyo memimpin latihan tim di Stadion Bukit Batu pada Kamis (5/6/2025).";
    let b = "Kapolsek Wanasari Sutrisno Hadiwijoyo memimpin latihan tim di Stadion Bukit Batu pada Selasa (15/7/2025).";
    // Forty days apart: two training sessions, not one given two dates.
    let found = conflicts(&[(june, a), (july, b)]);
    assert!(found.is_empty(), "{found:?}");
    // Control: a week apart, the same words and names are one event given two dates.
    let c = "Kapolsek Wanasari Sutrisno Hadiwijoyo memimpin latihan tim di Stadion Bukit Batu pada Rabu (4/6/2025).";
    let found = conflicts(&[(june, a), (june_near, c)]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn a_coach_is_a_cued_person_and_the_subject_of_a_date() {
    let june = "Kamis, 5 Juni 2025 | 10:00 WIB";
    let june_near = "Jumat, 13 Juni 2025 | 10:00 WIB";
    let at = |date: &str| {
        format!("Pelatih Wanasari Sutrisno Hadiwijoyo memimpin latihan tim di Stadion Bukit Batu pada {date}.")
    };
    // "Pelatih" is a title (class occupation), so the coach is a subject of the session's
    // date, and one session given two days is a conflict.
    let found = conflicts(&[
        (june, &at("Kamis (5/6/2025)")),
        (june_near, &at("Rabu (4/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Control: the same words with an uncued name tie no subject, and a date without one
    // is compared only within its article.
    let uncued = |date: &str| {
        format!(
            "Wanasari Sutrisno Hadiwijoyo memimpin latihan tim di Stadion Bukit Batu pada {date}."
        )
    };
    let found = conflicts(&[
        (june, &uncued("Kamis (5/6/2025)")),
        (june_near, &uncued("Rabu (4/6/2025)")),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn many_dates_of_mixed_kinds_are_several_events_chained_together() {
    let day = "Jumat, 20 Juni 2025 | 10:00 WIB";
    let visit = |date: &str| {
        format!("Kapolsek Wanasari Sutrisno Hadiwijoyo meninjau lokasi banjir di Desa Bukit Batu pada {date}.")
    };
    // Four dates, two months and two days: no one event is given these by slips. (A bare
    // year of another year would be another event: see
    // `dates_months_apart_are_one_event_only_as_a_slip_of_one_figure`.)
    let found = conflicts(&[
        (day, &visit("Senin (16/6/2025)")),
        (day, &visit("Senin (16/6/2025)")),
        (day, &visit("Mei 2025")),
        (day, &visit("Juni 2024")),
        (day, &visit("Rabu (28/5/2025)")),
    ]);
    assert!(!kinds(&found).contains(&"date"), "{found:?}");
    // Control: four days, the right one written by two articles, the others each one
    // outlet's slip.
    let found = conflicts(&[
        (day, &visit("Senin (16/6/2025)")),
        (day, &visit("Senin (16/6/2025)")),
        (day, &visit("Selasa (17/6/2025)")),
        (day, &visit("Rabu (18/6/2025)")),
        (day, &visit("Kamis (19/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Control: three dates of mixed kinds are still one event given different dates.
    let found = conflicts(&[
        (day, &visit("Senin (16/6/2025)")),
        (day, &visit("Senin (16/6/2025)")),
        (day, &visit("Mei 2025")),
        (day, &visit("2024")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn two_figures_in_one_sentence_are_two_quantities_for_other_articles_too() {
    let who = "kata Bupati Wanasari Sutrisno Hadiwijoyo.";
    let both = format!(
        "Bandara Bukit Batu melayani 12 juta penumpang per tahun dan terminal baru melayani 29 juta penumpang per tahun, {who}"
    );
    let now = format!("Bandara Bukit Batu melayani 12 juta penumpang per tahun, {who}");
    // The first article writes the other's 12 million beside its 29 million: two
    // quantities, not a slip.
    let found = conflicts(&[(MON, &both), (MON, &now)]);
    assert!(!kinds(&found).contains(&"count"), "{found:?}");
    // Control: without the 12 million beside it, 29 million contradicts the other's 12.
    let other = format!("Bandara Bukit Batu melayani 29 juta penumpang per tahun, {who}");
    let found = conflicts(&[(MON, &other), (MON, &now)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // In two paragraphs of one article, the two figures are told apart all the same.
    let apart = format!(
        "Bandara Bukit Batu ramai, {who}\n\nBandara Bukit Batu melayani 12 juta penumpang per \
         tahun, {who}\n\nBandara Bukit Batu melayani 29 juta penumpang per tahun, {who}"
    );
    let found = conflicts(&[(MON, &apart), (MON, &now)]);
    assert!(!kinds(&found).contains(&"count"), "{found:?}");
    // Trap: within one article, a figure its lead repeats still contradicts its body (the
    // repeated 14 does not tell the two apart).
    let slide = "Longsor di Desa Bukit Batu menewaskan 14 orang, kata Bupati Wanasari Sutrisno \
                 Hadiwijoyo. Longsor di Desa Bukit Batu menewaskan 14 orang.\n\nLongsor di Desa \
                 Bukit Batu menewaskan lebih dari 14 orang, kata Bupati Wanasari Sutrisno Hadiwijoyo.";
    let found = conflicts(&[(MON, slide)]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

#[test]
fn a_list_of_names_is_no_break_in_a_frame() {
    // "dan" between two names joins a list of places, so the words before it ("merendam")
    // are the date's.
    let words = frame_words(
        "Banjir merendam Desa Bukit Batu dan Desa Lembah Hijau di Kabupaten Sorawangi pada Selasa (30/8/2016) malam.",
        "Selasa (30/8/2016)",
    );
    assert!(words.iter().any(|w| w == "merendam"), "{words:?}");
    // Trap: "dan" before a lower-case word starts another statement; the words before it
    // are not the date's.
    let words = frame_words(
        "Warga mengungsi ke balai desa dan banjir merendam Kabupaten Sorawangi pada Selasa (30/8/2016) malam.",
        "Selasa (30/8/2016)",
    );
    assert!(
        !words.iter().any(|w| w.starts_with("mengungsi")),
        "{words:?}"
    );
    // So two outlets dating that flood differently disagree.
    let at = |date: &str| {
        format!("Banjir merendam Desa Bukit Batu dan Desa Lembah Hijau di Kabupaten Sorawangi pada {date} malam, kata Kepala BPBD Kabupaten Sorawangi, Rahmat Hidayatullah.")
    };
    let found = conflicts(&[
        (TUE, &at("Senin (3/2/2025)")),
        (TUE, &at("Minggu (2/2/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

/// An event is what happened and to whom, not where: two dates whose only common subject is
/// a place ("Jepang") and that share one word are two events (Kompas: "menjamu Jepang pada
/// November 2024" and "menjamu Bahrain pada Maret", two trails of Mount Fuji "dibuka" on
/// two days). A light verb ("dilakukan", "dijadwalkan") is no shared word at all.
#[test]
fn a_place_and_one_word_make_no_event() {
    let trail = "Pendakian ke Jepang dibuka pada Minggu (2/2/2025).";
    let visa = "Pendaftaran visa Jepang dibuka pada Senin (3/2/2025).";
    assert!(conflicts(&[(TUE, trail), (TUE, visa)]).is_empty());
    // Control: a person in common makes the one word enough.
    let trail = "Pendakian ke Jepang dibuka Menteri Sato Hiroshi pada Minggu (2/2/2025).";
    let visa = "Pendaftaran visa Jepang dibuka Menteri Sato Hiroshi pada Senin (3/2/2025).";
    assert_eq!(kinds(&conflicts(&[(TUE, trail), (TUE, visa)])), ["date"]);
    // Control: a place and two words in common.
    let trail = "Pendakian ke Jepang dibuka pada Minggu (2/2/2025).";
    let again = "Pendakian ke Jepang dibuka pada Senin (3/2/2025).";
    assert_eq!(kinds(&conflicts(&[(TUE, trail), (TUE, again)])), ["date"]);
    // A light verb is no word in common, whoever did it.
    let check = "Asesmen dilakukan Menteri Sato Hiroshi pada Minggu (2/2/2025).";
    let audit = "Audit dilakukan Menteri Sato Hiroshi pada Senin (3/2/2025).";
    assert!(conflicts(&[(TUE, check), (TUE, audit)]).is_empty());
    let again = "Audit dilakukan Menteri Sato Hiroshi pada Minggu (2/2/2025).";
    assert_eq!(kinds(&conflicts(&[(TUE, again), (TUE, audit)])), ["date"]);
}

/// "Kebakaran" (the fire) is the `burned` concept of "terbakar" (burned): "Kebakaran terjadi
/// pada Selasa" and "gudang ... terbakar pada Rabu" date one fire two ways (a story of my
/// own: the third outlet's day was missed).
#[test]
fn the_fire_and_burned_are_one_predicate() {
    let burned = "Kapolres Sorawangi AKBP Hendra Wiratama menyelidiki penyebabnya. Gudang logistik di Desa Karangmukti, Kabupaten Sorawangi, terbakar pada Rabu (11/6/2025) malam.";
    let fire = "Kapolres Sorawangi AKBP Hendra Wiratama menyelidiki penyebabnya. Kebakaran terjadi pada Selasa (10/6/2025) malam.";
    let thu = "Kamis, 12 Juni 2025 | 10:00 WIB";
    assert_eq!(kinds(&conflicts(&[(thu, burned), (thu, fire)])), ["date"]);
    // Control: another predicate ("banjir", flooded) on the other day is another event.
    let flood = "Kapolres Sorawangi AKBP Hendra Wiratama menyelidiki penyebabnya. Banjir terjadi pada Selasa (10/6/2025) malam.";
    assert!(conflicts(&[(thu, burned), (thu, flood)]).is_empty());
    // The injured of the fire and the injured are one count, whichever names the fire.
    let a = "Kapolres Sorawangi AKBP Hendra Wiratama mengatakan 7 orang luka-luka akibat kebakaran gudang.";
    let b = "Kapolres Sorawangi AKBP Hendra Wiratama mengatakan 9 orang luka-luka.";
    assert_eq!(kinds(&conflicts(&[(thu, a), (thu, b)])), ["count"]);
}

/// What a supposition would have been is no figure of what was: a count after a
/// `hypothetical` word in its sentence ("andai", "if") is compared only with other
/// suppositions (Kompas archive: "andai penjaga gawang ... tak melakukan enam
/// penyelamatan, maka Persib bisa menang lebih dari tiga gol" against "dengan dua gol kami
/// bisa menang").
#[test]
fn a_supposition_is_no_figure_of_what_was() {
    let day = "Jumat, 7 November 2025 | 10:00 WIB";
    let would = "Pelatih Persib Bojan Hodak mengatakan andai kiper lawan tak melakukan enam penyelamatan, Persib bisa menang lebih dari tiga gol.";
    let did = "Pelatih Persib Bojan Hodak mengatakan Persib bisa menang dengan dua gol.";
    assert!(conflicts(&[(day, would), (day, did)]).is_empty());
    // Control: the same sentence told as what was.
    let was = "Pelatih Persib Bojan Hodak mengatakan kiper lawan tak melakukan enam penyelamatan, Persib bisa menang lebih dari tiga gol.";
    assert_eq!(kinds(&conflicts(&[(day, was), (day, did)])), ["count"]);
    // A chance is no fact either ("berpeluang": has the chance to).
    let chance = "Pelatih Persib Bojan Hodak mengatakan Persib berpeluang menang dengan tiga gol.";
    assert!(conflicts(&[(day, chance), (day, did)]).is_empty());
    let day = "Friday, November 7, 2025";
    let would = "Coach Bojan Hodak said that if the keeper had not made six saves, Persib would have won by more than three goals.";
    let did = "Coach Bojan Hodak said Persib won by two goals.";
    assert!(conflicts(&[(day, would), (day, did)]).is_empty());
}

/// A figure of what did not happen is no figure of what did: a count with a word of
/// negation in its clause is compared only with other such counts (old archive: "Hanya
/// satu perusahaan yang izin tambangnya tidak dicabut" against "izin empat perusahaan
/// tambang dicabut").
#[test]
fn a_negated_count_is_another_quantity() {
    let day = "Selasa, 10 Juni 2025 | 10:00 WIB";
    let revoked = "Menteri Qzarno Lahadalia mengumumkan izin tambang di Pulau Dorvale dicabut untuk empat perusahaan tambang.";
    let kept = "Menteri Qzarno Lahadalia mengumumkan izin tambang di Pulau Dorvale tidak dicabut untuk satu perusahaan tambang.";
    assert!(conflicts(&[(day, revoked), (day, kept)]).is_empty());
    // Control: the same figure told without the negation is compared.
    let slip = "Menteri Qzarno Lahadalia mengumumkan izin tambang di Pulau Dorvale dicabut untuk lima perusahaan tambang.";
    assert_eq!(kinds(&conflicts(&[(day, revoked), (day, slip)])), ["count"]);
    // Two negated figures of one thing are compared too.
    let kept2 = "Menteri Qzarno Lahadalia mengumumkan izin tambang di Pulau Dorvale tidak dicabut untuk dua perusahaan tambang.";
    assert_eq!(kinds(&conflicts(&[(day, kept), (day, kept2)])), ["count"]);
    // Trap: a negation inside a concept's phrase ("belum ditemukan": missing) is that
    // concept's, and the missing are compared with the missing.
    let a = "Kapolres Sorawangi AKBP Hendra Wiratama mengatakan 7 orang belum ditemukan akibat banjir bandang.";
    let b =
        "Kapolres Sorawangi AKBP Hendra Wiratama mengatakan 9 orang hilang akibat banjir bandang.";
    assert_eq!(kinds(&conflicts(&[(day, a), (day, b)])), ["count"]);
    let day = "Tuesday, June 10, 2025";
    let revoked = "Minister Qzarno Lahadalia said the permits of four mining companies on Dorvale Island were revoked.";
    let kept = "Minister Qzarno Lahadalia said the permits of one mining company on Dorvale Island were not revoked.";
    assert!(conflicts(&[(day, revoked), (day, kept)]).is_empty());
}

#[test]
fn days_counted_from_two_publication_days_are_not_set_against_each_other() {
    let friday = "Jumat, 7 Februari 2025 | 10:00 WIB";
    let match_of = |when: &str| {
        format!("Laga Persija Jakarta melawan Persib Bandung di Stadion Gelora Bung Karno menjadi laga paling menarik {when}.")
    };
    // "pekan ini" in articles of two weeks' days: each outlet's own week, so two matches,
    // not one match given two weeks.
    let found = conflicts(&[
        (MON, &match_of("pekan ini")),
        (friday, &match_of("pekan lalu")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let later = "Senin, 10 Februari 2025 | 10:00 WIB";
    let found = conflicts(&[(MON, &match_of("hari ini")), (later, &match_of("kemarin"))]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: two articles of one day ("hari ini" against "kemarin"), and a counted day
    // against a date written in full, are compared.
    let found = conflicts(&[(MON, &match_of("hari ini")), (MON, &match_of("kemarin"))]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    let found = conflicts(&[
        (MON, &match_of("hari ini")),
        (TUE, &match_of("pada Minggu (2/2/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Trap: a day and month without a year are resolved from publication too, but name
    // their day.
    let found = conflicts(&[
        (MON, &match_of("hari ini")),
        (TUE, &match_of("pada Minggu, 2 Februari")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn each_article_saying_today_of_its_own_day_tells_two_days() {
    let session = |when: &str| {
        format!("Harga saham Qirana Lestari ditutup menguat pada perdagangan {when}, kata analis Mirabel Sekuritas Dodo Sarwono.")
    };
    // "Selasa ini" in a Tuesday's article and "hari ini" in a Monday's: each outlet's own
    // day, two sessions.
    let found = conflicts(&[(MON, &session("hari ini")), (TUE, &session("Selasa ini"))]);
    assert!(found.is_empty(), "{found:?}");
    // So is the day written in full, when it is the article's own day: the reports of a
    // Monday and of a Tuesday.
    let found = conflicts(&[
        (MON, &session("Senin (3/2/2025)")),
        (TUE, &session("Selasa (4/2/2025)")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Control: a date that is not its article's own day is compared.
    let found = conflicts(&[
        (MON, &session("hari ini")),
        (TUE, &session("Minggu (2/2/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Control: two articles of one day give two days in full.
    let found = conflicts(&[
        (TUE, &session("Senin (3/2/2025)")),
        (TUE, &session("Selasa (4/2/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}

#[test]
fn dates_months_apart_are_one_event_only_as_a_slip_of_one_figure() {
    let day = "Senin, 16 Juni 2025 | 10:00 WIB";
    let met = |when: &str| {
        format!("Presiden Prabowo Subianto bertemu Presiden Vladimir Putin di Moskwa {when} untuk membahas kerja sama energi.")
    };
    // A month and a year apart: a meeting in July 2024 and one in June 2025.
    let found = conflicts(&[
        (day, &met("pada Juli 2024")),
        (day, &met("pada Jumat (13/6/2025)")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Months named without a day, months apart in one year: two meetings.
    let found = conflicts(&[
        (day, &met("pada Februari 2025")),
        (day, &met("pada Jumat (13/6/2025)")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // A bare year against a day of the next: written at two precisions, no figure slipped.
    let found = conflicts(&[
        (day, &met("pada 2024")),
        (day, &met("pada Jumat (13/6/2025)")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: a slip of the year alone, of the month alone (with the day), and two days
    // within `date_near_days` (31), are one meeting given two dates.
    for other in ["pada 13 Juni 2024", "pada 13 Mei 2025", "pada 2 Juni 2025"] {
        let found = conflicts(&[(day, &met(other)), (day, &met("pada Jumat (13/6/2025)"))]);
        assert_eq!(kinds(&found), ["date"], "{other}: {found:?}");
    }
}

#[test]
fn a_day_of_the_month_one_keystroke_from_the_storys_is_a_slip() {
    let day = "Rabu, 18 Juni 2025 | 17:00 WIB";
    let at = |date: &str| {
        format!("Hakim membacakan vonis Wanasari Sutrisno Hadiwijoyo di Pengadilan Tipikor Jakarta, {date}.")
    };
    // 17 June 2025 was a Tuesday; the other article dates the verdict Wednesday the 18th.
    let found = conflicts(&[
        (day, &at("Rabu (17/6/2025)")),
        (day, &at("Rabu (18/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    assert!(
        found[0].2.contains("the story writes Wednesday 18 June 2025 (2 articles), which is one: the day of the month is likely a slip"),
        "{found:?}"
    );
    // A digit changed in a two-digit day: 26 for 20.
    let found = conflicts(&[
        (day, &at("Jumat (26/6/2025)")),
        (day, &at("Jumat (20/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // The same date written with the day name it falls on: the day name is the slip, and
    // that span is the evidence of the right one.
    let found = conflicts(&[
        (day, &at("Selasa (18/6/2025)")),
        (day, &at("Rabu (18/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
    assert!(
        found[0]
            .2
            .ends_with("; the story writes Wednesday 18 June 2025 (1 article)"),
        "{found:?}"
    );
    // Trap: both the date and the day name fit another span: the day name is the slip.
    let found = conflicts(&[
        (day, &at("Rabu (17/6/2025)")),
        (day, &at("Rabu (18/6/2025)")),
        (day, &at("Selasa (17/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
    // The article's own text first: it writes Thursday the 19th, so its "Kamis (18/6)" is
    // a slip of the day, whatever a related article says of Wednesday the 18th.
    let day19 = "Kamis, 19 Juni 2025 | 17:00 WIB";
    let own = format!(
        "{} Ia kembali dipanggil pada Kamis (19/6/2025).",
        at("Kamis (18/6/2025)")
    );
    let found = conflicts(&[(day19, &own), (day, &at("Rabu (18/6/2025)"))]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    assert!(
        found[0].2.contains("Thursday 19 June 2025 (1 article)"),
        "{found:?}"
    );
    // Trap: two digits apart (17 and 25), or a one-digit day more than one off (3 and 9):
    // no slip, only the day name is reported (in articles of a day far from both).
    let day = "Jumat, 27 Juni 2025 | 17:00 WIB";
    let found = conflicts(&[
        (day, &at("Rabu (17/6/2025)")),
        (day, &at("Rabu (25/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
    let found = conflicts(&[
        (day, &at("Senin (3/6/2025)")),
        (day, &at("Senin (9/6/2025)")),
    ]);
    assert_eq!(kinds(&found), ["weekday"], "{found:?}");
}

#[test]
fn the_place_of_a_dateline_is_no_subject_of_a_count() {
    let day = "Selasa, 10 Juni 2025 | 14:00 WIB";
    // Two lists of one outlet, filed from Jakarta: what they count is not about Jakarta.
    let list = |n: &str, what: &str| {
        format!("Liputan6.com, Jakarta - Memilih anting emas yang tepat membuat penampilan lebih elegan.\n\nDalam artikel ini, kami merangkum {n} model anting emas yang cocok untuk {what}.")
    };
    let found = conflicts(&[
        (day, &list("6", "orang gemuk")),
        (day, &list("7", "baju batik")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // A dateline glued to the lead's first word is one too.
    let glued = |n: &str, what: &str| list(n, what).replace("Jakarta - Memilih", "JakartaMemilih");
    let found = conflicts(&[
        (day, &glued("6", "orang gemuk")),
        (day, &glued("7", "baju batik")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Control: named in the count's own sentence, the place is its subject.
    let named = |n: &str| {
        format!("Liputan6.com, Jakarta - Banjir melanda Kelurahan Wanasari.\n\nBanjir di Kelurahan Wanasari merendam {n} rumah warga.")
    };
    let found = conflicts(&[(day, &named("16")), (day, &named("61"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

#[test]
fn counts_of_one_day_as_of_times_hours_apart_are_an_update() {
    let flood = |n: &str, time: &str| {
        format!(
            "BPBD Wanasari mencatat banjir di Kelurahan Rawa Indah. Data tersebut berdasarkan catatan BPBD per pukul {time} WIB.\n\nKetinggian air di Kelurahan Rawa Indah mencapai {n} sentimeter, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo."
        )
    };
    let (early, late) = (flood("40", "14.00"), flood("30", "18.00"));
    let found = conflicts(&[(MON, &early), (MON, &late)]);
    assert_eq!(kinds(&found), ["count-update"], "{found:?}");
    let message = &found[0].2;
    assert!(
        message.contains("during the day")
            && message.contains("40 as of 2025-02-03 14:00")
            && message.contains("then 30 as of 2025-02-03 18:00"),
        "{message}"
    );
    // Traps. The same figures as of times less than an hour apart: one moment, a conflict.
    let close = conflicts(&[(MON, &early), (MON, &flood("30", "14.30"))]);
    assert_eq!(kinds(&close), ["count"], "{close:?}");
    // A time of day that is no as-of time (the event's: "banjir melanda ... pukul 01.02"),
    // in another sentence than the count, says nothing of when the figure holds.
    let event = |n: &str, time: &str| {
        format!(
            "Banjir melanda Kelurahan Rawa Indah pukul {time} WIB.\n\nKetinggian air di Kelurahan Rawa Indah mencapai {n} sentimeter, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo."
        )
    };
    let events = conflicts(&[(MON, &event("40", "01.00")), (MON, &event("30", "05.00"))]);
    assert_eq!(kinds(&events), ["count"], "{events:?}");
}

#[test]
fn one_outlets_two_dates_one_article_each_are_an_info() {
    // Each article: its outlet, and the day of the meeting.
    let severities = |articles: &[(&str, &str)]| {
        texts_reconciled(articles.iter().map(|(outlet, when)| {
            format!(
                "---\npublished: 2025-06-16\nsource: {outlet}\n---\nPresiden Qzarno Wiratmo \
                 bertemu Presiden Dorvik Halstrom di Moskwa {when} untuk membahas kerja sama \
                 energi.\n"
            )
        }))
        .iter()
        .map(|c| format!("{}/{}", c.kind.id(), c.severity.as_str()))
        .collect::<Vec<_>>()
    };
    // One outlet's two articles, one on the 2nd, one on the 13th, and no day name or other
    // article to tell which is right: as often two editions of a series.
    let found = severities(&[
        ("Qzar Pos", "pada 2 Juni 2025"),
        ("Qzar Pos", "pada 13 Juni 2025"),
    ]);
    assert_eq!(found, ["date/info"]);
    // Controls: two outlets' accounts of one meeting, and one date written by two
    // articles of the outlet, are a warning.
    let found = severities(&[
        ("Qzar Pos", "pada 2 Juni 2025"),
        ("Warta Dorvik", "pada 13 Juni 2025"),
    ]);
    assert_eq!(found, ["date/warning"]);
    let found = severities(&[
        ("Qzar Pos", "pada 2 Juni 2025"),
        ("Qzar Pos", "pada 13 Juni 2025"),
        ("Qzar Pos", "pada 13 Juni 2025"),
    ]);
    assert_eq!(found, ["date/warning"]);
}

/// A count of what a side scores (`sided`: "gol", "goals") is its side's: the name right
/// after it ("Lima gol Jepang") or the last before it in its part of the sentence, not one
/// after an `against` word ("ke gawang Bahrain") or a pairing word. Goals of two sides, of
/// a player and of a team, scored and conceded ("ketinggalan tiga gol"), or of no side named
/// in two articles, are two quantities (old archive: "enam gol ke gawang Garuda" of Japan
/// against "tiga gol ke gawang Bahrain" of Indonesia; "Daichi Kamada bikin dua gol" against
/// a team's campaign of "13 gol"; "Indonesia ketinggalan tiga gol" against "Timnas Indonesia
/// menggelontorkan 12 gol"). A named side's goals are a tally that only rises.
#[test]
fn goals_are_their_sides() {
    let goals = |text: &str| format!("Laga di Stadion Qzarmo berlangsung sengit. {text}");
    let two = |a: &str, b: &str| conflicts(&[(MON, &goals(a)), (MON, &goals(b))]);
    // Two sides.
    let found = two(
        "Pada laga itu, Qzar United mencetak enam gol ke gawang Dorva City.",
        "Pada laga itu, Dorva City mencetak tiga gol ke gawang Belmo Raya.",
    );
    assert!(found.is_empty(), "{found:?}");
    // A player and a team.
    let found = two(
        "Pada laga itu, Budi Dorvale bikin dua gol.",
        "Pada laga itu, Qzar United bikin lima gol.",
    );
    assert!(found.is_empty(), "{found:?}");
    // Conceded and scored.
    let found = two(
        "Pada laga itu, Qzar United ketinggalan tiga gol lewat sundulan.",
        "Pada laga itu, Qzar United mencetak lima gol lewat sundulan.",
    );
    assert!(found.is_empty(), "{found:?}");
    // The side a figure is against named before it.
    let found = two(
        "Pada laga itu, Qzar United menjebol gawang Dorva City dan mencetak dua gol.",
        "Pada laga itu, Dorva City mencetak tiga gol.",
    );
    assert!(found.is_empty(), "{found:?}");
    // No side named in either article.
    let in_jakarta = |text: &str| format!("Laga di Jakarta berlangsung sengit. {text}");
    let found = conflicts(&[
        (
            MON,
            &in_jakarta("Pada laga itu, tuan rumah mencetak 12 gol."),
        ),
        (
            MON,
            &in_jakarta("Pada laga itu, tuan rumah mencetak dua gol."),
        ),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: one side, two figures: the side after an `against` word is the other side,
    // the name right after the count is its side.
    let found = two(
        "Pada laga itu, Qzar United mencetak enam gol ke gawang Dorva City.",
        "Pada laga itu, Qzar United mencetak lima gol ke gawang Dorva City.",
    );
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = two(
        "Pada laga itu, lima gol Qzar United lahir lewat sundulan.",
        "Pada laga itu, Qzar United mencetak enam gol lewat sundulan.",
    );
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = two(
        "Pada laga itu, Qzar United ketinggalan tiga gol.",
        "Pada laga itu, Qzar United ketinggalan empat gol.",
    );
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // A named side's goals only rise: fewer the next day is a conflict, more an update.
    let found = conflicts(&[
        (
            MON,
            &goals("Pada laga itu, Qzar United mencetak enam gol ke gawang Dorva City."),
        ),
        (
            TUE,
            &goals("Pada laga itu, Qzar United mencetak lima gol ke gawang Dorva City."),
        ),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let found = conflicts(&[
        (
            MON,
            &goals("Pada laga itu, Qzar United mencetak lima gol ke gawang Dorva City."),
        ),
        (
            TUE,
            &goals("Pada laga itu, Qzar United mencetak enam gol ke gawang Dorva City."),
        ),
    ]);
    assert_eq!(kinds(&found), ["count-update"], "{found:?}");
    // English: "against" marks the other side.
    let day = "Monday, February 3, 2025";
    let match_report = |text: &str| format!("The match at Qzarmo Stadium was tense. {text}");
    let found = conflicts(&[
        (
            day,
            &match_report("In the match, Qzar United scored three goals against Dorva City."),
        ),
        (
            day,
            &match_report("In the match, Dorva City scored two goals against Qzar United."),
        ),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = conflicts(&[
        (
            day,
            &match_report("In the match, Qzar United scored three goals against Dorva City."),
        ),
        (
            day,
            &match_report("In the match, Qzar United scored four goals against Dorva City."),
        ),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// A name inside a count says what it counts ("5 negara Indo-Pasifik lainnya", "42 warga
/// Garut"): its words are content words of the count's frame, the only ones of a terse clause
/// (the independent generator's "menteri pertahanan Jepang dan 5 negara Indo-Pasifik lainnya
/// di Brussels" against "... dan 30 negara Indo-Pasifik lainnya ...": no conflict before).
#[test]
fn a_name_inside_a_count_says_what_it_counts() {
    let pact = |n: &str, region: &str| {
        format!("Kesepakatan itu dilakukan menteri pertahanan Qzarland dan {n} negara {region} lainnya di Brussels, Belgia.")
    };
    let found = conflicts(&[
        (MON, &pact("5", "Indo-Pasifik")),
        (MON, &pact("30", "Indo-Pasifik")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    // Trap: countries of two regions.
    let found = conflicts(&[
        (MON, &pact("5", "Indo-Pasifik")),
        (MON, &pact("30", "Afrika Barat")),
    ]);
    assert!(found.is_empty(), "{found:?}");
}

/// A figure of a moment of a market's day (`moment_words`: "menguat", "diam di tempat",
/// "advanced") moves all day: two articles' are compared only when both give it one time of
/// day, and two days' are no update of one quantity (old archive: a morning's recap of the
/// day before, the opening and the close of one day's index, "279 saham menguat", "269 saham
/// menguat", "352 saham menguat", reported as one quantity counted three ways).
#[test]
fn a_market_s_figures_of_two_moments_are_two_quantities() {
    let index = |at: &str, up: &str| {
        format!("Indeks Bursa Qzarland {at} menguat ke level 7.100. Sebanyak {up} saham menguat dan 197 saham diam di tempat, kata analis Budi Dorvale.")
    };
    let found = reconciled(&[
        (MON, &index("ditutup", "279")),
        (MON, &index("dibuka", "352")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    let found = reconciled(&[
        (MON, &index("ditutup", "279")),
        (TUE, &index("ditutup", "352")),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // Controls: one time of day given two figures; and a figure of no market moves alike.
    let found = conflicts(&[
        (MON, &index("hingga pukul 10.00 WIB", "279")),
        (MON, &index("hingga pukul 10.00 WIB", "297")),
    ]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
    let flood = |n: &str| {
        format!("Banjir melanda Kabupaten Qzarmo. Sebanyak {n} warga mengungsi ke balai desa, kata Kepala BPBD Budi Dorvale.")
    };
    let found = conflicts(&[(MON, &flood("279")), (MON, &flood("352"))]);
    assert_eq!(kinds(&found), ["count"], "{found:?}");
}

/// A date's own preposition (`date_prepositions`: "sejak", "setelah", "since"), right before
/// it or one word of no content before ("sejak tahun 2020"), opens no other statement: the date's window
/// reads on past it (the independent generator's "NATO telah mengundang para pemimpin ... ke
/// pertemuan puncaknya sejak tahun 2020" against "... sejak tahun 2021" had no words, so no
/// event). It tells a bound, not the day: such a date is compared only with dates of the
/// same preposition (old archive: a drama "resmi dirilis sejak 6 Juni 2025" and a song
/// "resmi dirilis pada 28 Mei 2025").
#[test]
fn a_date_s_own_preposition_is_read_over_and_kept() {
    let summit = |year: &str| {
        format!("NATO telah mengundang para pemimpin Qzarland ke pertemuan puncaknya sejak tahun {year}.")
    };
    let found = conflicts(&[(MON, &summit("2020")), (MON, &summit("2021"))]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
    // Trap: a bound and a day.
    let found = conflicts(&[
        (
            MON,
            "Budi Dorvale mengatakan lagu itu resmi dirilis sejak 6 Januari 2025.",
        ),
        (
            MON,
            "Budi Dorvale mengatakan lagu itu resmi dirilis pada 28 Januari 2025.",
        ),
    ]);
    assert!(found.is_empty(), "{found:?}");
    // The mark, and a trap: a conjunction before a verb opens its clause, and its date is
    // the verb's, with no mark ("Sebelum menjabat tahun lalu": the taking of office).
    let marks = |body: &str| -> Vec<Vec<String>> {
        let rules = Rules::builtin().unwrap();
        let text = format!("{MON}\nKabar Uji\n\nJudul\n\n{body}\n");
        let articles = vec![Article::new("0.txt".to_string(), text, &rules).unwrap()];
        let g = factlint::extract_and_group(&articles, &rules);
        g.claims
            .iter()
            .filter(|c| c.date().is_some())
            .filter_map(|c| c.frame.as_ref().map(|f| f.marks.clone()))
            .collect()
    };
    assert_eq!(marks(&summit("2020")), [["(sejak)"]]);
    assert_eq!(
        marks("Sebelum menjabat tahun lalu, Budi Dorvale menyampaikan pandangannya."),
        [Vec::<String>::new()]
    );
    let day = "Monday, February 3, 2025";
    let found = conflicts(&[
        (
            day,
            "NATO has invited Qzarland leaders to its summits since 2020.",
        ),
        (
            day,
            "NATO has invited Qzarland leaders to its summits since 2021.",
        ),
    ]);
    assert_eq!(kinds(&found), ["date"], "{found:?}");
}
