//! Count claims through the public API: every number form of the issue, and the numbers
//! that are no counts.

use factlint::article::Article;
use factlint::extract::extract;
use factlint::rules::Rules;

/// (text, value, noun) of each count claim in `body`, published 2025-03-04.
fn counts(body: &str) -> Vec<(String, String, String)> {
    let rules = Rules::builtin().unwrap();
    let text = format!("---\npublished: 2025-03-04\n---\n{body}\n");
    let article = Article::new("test.txt", text, &rules).unwrap();
    extract(&article, 0, &rules)
        .into_iter()
        .filter_map(|c| {
            let d = c.count()?;
            Some((c.text.clone(), d.value.display(), d.noun.clone()))
        })
        .collect()
}

fn one(body: &str) -> (String, String) {
    let found = counts(body);
    assert_eq!(found.len(), 1, "{body}: {found:?}");
    (found[0].1.clone(), found[0].2.clone())
}

#[test]
fn digits_follow_the_language_of_the_text() {
    let id = "Pemerintah mengirim bantuan untuk para pengungsi yang ada di desa itu dan";
    assert_eq!(
        one(&format!("{id} 101 truk tiba.")),
        ("101".into(), "truk".into())
    );
    assert_eq!(one(&format!("{id} 12 negara ikut.")).0, "12");
    assert_eq!(one(&format!("{id} 1.500 orang datang.")).0, "1500");
    assert_eq!(one(&format!("{id} 1,5 juta orang datang.")).0, "1500000");
    assert_eq!(one(&format!("{id} 1.500.000 orang datang.")).0, "1500000");
    assert_eq!(one(&format!("{id} 3 ribu orang datang.")).0, "3000");
    let en = "The government said that the aid for the people in the village was sent and";
    assert_eq!(one(&format!("{en} 2,000 people came.")).0, "2000");
    assert_eq!(one(&format!("{en} 1.2 million people came.")).0, "1200000");
}

#[test]
fn number_words_from_the_rules() {
    for (words, value) in [
        ("dua belas", "12"),
        ("tiga puluh dua", "32"),
        ("seratus lima", "105"),
        ("sebelas", "11"),
        ("seribu", "1000"),
        ("dua ratus tiga puluh", "230"),
        ("seribu lima ratus", "1500"),
    ] {
        assert_eq!(
            one(&format!("Sebanyak {words} rumah rusak.")).0,
            value,
            "{words}"
        );
    }
    for (words, value) in [
        ("twelve", "12"),
        ("thirty-two", "32"),
        ("one hundred five", "105"),
    ] {
        assert_eq!(one(&format!("They saw {words} ships.")).0, value, "{words}");
    }
}

#[test]
fn approximate_and_bounded_counts_are_ranges() {
    assert_eq!(one("Sekitar 100 warga mengungsi.").0, "about 100");
    assert_eq!(one("Lebih dari 30 rumah rusak.").0, "more than 30");
    assert_eq!(one("Hampir 50 warga mengungsi.").0, "nearly 50");
    assert_eq!(one("Puluhan rumah rusak.").0, "10-99 (vague)");
    assert_eq!(one("Ratusan warga mengungsi.").0, "100-999 (vague)");
    assert_eq!(one("At least 20 people died.").0, "at least 20");
    assert_eq!(one("More than 300 people fled.").0, "more than 300");
    // "As many as" is a bound, not the figure itself.
    assert_eq!(one("As many as 300 people died.").0, "at most 300");
    assert_eq!(one("Antara 10 dan 15 rumah rusak.").0, "10-15");
    // "Not less than" is at least; it was read as "less than".
    assert_eq!(one("Tidak kurang dari 14 orang tewas.").0, "at least 14");
    assert_eq!(one("No less than 20 people died.").0, "at least 20");
}

/// "lebih" after the counted noun: a bound before an end of clause or a function word, a
/// comparison (a difference, no count) before a word of content or "dari".
#[test]
fn a_bound_after_the_noun() {
    let found = counts("Penjualan mencapai 1.000 unit lebih per bulan.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (found[0].0.as_str(), found[0].1.as_str()),
        ("1.000 unit lebih", "more than 1000")
    );
    assert_eq!(one("Korban mencapai 300 orang lebih.").0, "more than 300");
    assert_eq!(
        one("Sebanyak 130 rumah lebih telah diperbaiki.").0,
        "more than 130"
    );
    // Traps: comparisons give no count; "lebih" before the noun or a bound before the
    // number stays as it was.
    assert_eq!(counts("Tim itu mencetak dua gol lebih banyak."), vec![]);
    assert_eq!(
        counts("Pabrik itu menjual 500 unit lebih dari target."),
        vec![]
    );
    assert_eq!(
        one("Lebih dari 30 rumah lebih dulu rusak.").0,
        "more than 30"
    );
}

#[test]
fn others_and_classifiers() {
    let found = counts("Armada didukung oleh dua belas negara lainnya.");
    assert_eq!(found[0].0, "dua belas negara lainnya");
    assert_eq!(one("Mereka membawa tiga buah kapal.").1, "kapal");
    assert_eq!(
        one("It was backed by twelve other countries.").1,
        "countries"
    );
}

#[test]
fn labels_durations_and_percentages_are_no_counts() {
    for body in [
        "Perang Dunia II berakhir pada 1945.",
        "1. Kunjungi Iruma Air Base",
        "Hubungi 0812-3456-7890 atau 112 untuk bantuan.",
        "Rapat dimulai pukul 14.30 WIB.",
        "Harga naik 40 persen.",
        "Prices rose 40% this year.",
        "Kecelakaan terjadi di KM 12 jalan tol.",
        "Mereka bertemu selama dua hari.",
        "Salah satu negara menolak.",
        "Kelompok Tujuh bertemu di Italia.",
        "Ia tiba di Terminal 3 bandara.",
        "Empat dari dua belas pekerja masih dirawat.",
        // Clock times, with a zone or "local time" after them.
        "The earthquake struck at around 14:33 local time on Monday.",
        "The ferry left the port at 23:05 local time.",
        "Gempa terjadi sekitar pukul 14:33 WIB.",
        "Banjir datang sekitar 10.15 wib dan 14.33 WITA.",
        "Kapal berangkat 22.45 wita dari pelabuhan.",
        // Places in an order and the groups of a draw or a list are labels too.
        "Jepang berada di peringkat 15 dunia FIFA.",
        "Timnas Indonesia bertengger di posisi empat klasemen.",
        "Tiket kategori 3 dijual di loket.",
        "Indonesia masuk pot 3 pada drawing.",
        "Japan is ranked 15 in the world.",
        // The end of a span of years, and a code's number glued to its letters.
        "The 2019-20 season ended early.",
        "COVID-19 cases rose again.",
        "Timnas U-23 menang atas Vietnam.",
    ] {
        assert!(counts(body).is_empty(), "{body}: {:?}", counts(body));
    }
}

/// Money counts nothing, and no part of it is a count: "uang pengganti Rp208,1 miliar
/// subsider" gave "1 miliar subsider", a count of "subsider" (tuntutan-korupsi-lahan-rorotan).
#[test]
fn money_amounts_are_no_counts() {
    for body in [
        "Ia juga dituntut membayar uang pengganti Rp208,1 miliar subsider lima tahun kurungan badan.",
        "Ia juga dituntut membayar uang pengganti Rp2,4 miliar subsider tiga tahun kurungan.",
        "Jaksa menuntut denda Rp 300 juta subsider enam bulan kurungan.",
        "Pemerintah menyiapkan dana US$5 juta proyek itu.",
        "Tata Group will give $1.2 million families of the victims.",
        "The fund paid £86,000 victims last year.",
        // Money written after the number, and measures with a unit.
        "Nilai investasi itu mencapai 1,2 miliar dollar AS.",
        "Cadangan devisa naik 50 juta ringgit.",
        "Campurkan 100 ml santan dan 2 sdt garam.",
        "Mesin 1.498 cc itu bertenaga.",
        "Baterai berkapasitas 5.000 mAh.",
        "The fund raised 1.2 billion dollar in bonds.",
    ] {
        assert!(counts(body).is_empty(), "{body}: {:?}", counts(body));
    }
    // Traps: a count after an amount of money is still a count, and so is a decimal
    // amount of people.
    assert_eq!(
        one("Bantuan Rp 5 juta diberikan kepada 20 keluarga korban."),
        ("20".into(), "keluarga".into())
    );
    assert_eq!(
        one("Sebanyak 1,5 juta orang datang ke kota itu."),
        ("1500000".into(), "orang".into())
    );
    assert_eq!(
        one("Sebanyak 14 orang tewas dan kerugian mencapai 2 juta dollar AS."),
        ("14".into(), "orang".into())
    );
}

/// English puts adjectives before the noun: "At least 60 medical students" counts students,
/// not "medical" (air-india-ai171-crash, where it met "four medical students" as one
/// quantity of "medical").
#[test]
fn english_adjectives_before_the_noun_are_modifiers() {
    for (body, value, noun) in [
        (
            "At least 60 medical students were inside the hostel.",
            "at least 60",
            "students",
        ),
        (
            "At least eight local people on the ground were killed.",
            "at least 8",
            "people",
        ),
        (
            "The army reported 12 civilian deaths on Monday.",
            "12",
            "deaths",
        ),
        (
            "Police found two explosive devices near the station.",
            "2",
            "devices",
        ),
    ] {
        assert_eq!(one(body), (value.into(), noun.into()), "{body}");
    }
    // Traps: one (the word after may be a verb agreeing with it), plural nouns with such an
    // ending, a modifier with no noun after it, and Indonesian, where the noun comes first.
    for (body, noun) in [
        (
            "One official confirmed the figures to reporters.",
            "official",
        ),
        ("More than 30 animals died in the fire.", "animals"),
        ("The ministry sent 30 officials to the site.", "officials"),
        ("The firm hired 40 local, mostly young workers.", "local"),
        ("Sebanyak tiga kapal tenggelam di perairan itu.", "kapal"),
        (
            "Polisi menangkap 12 kriminal residivis di pasar.",
            "kriminal",
        ),
    ] {
        assert_eq!(one(body).1, noun, "{body}");
    }
}

/// (text, whole) of each count claim in `body`.
fn wholes(body: &str) -> Vec<(String, bool)> {
    let rules = Rules::builtin().unwrap();
    let text = format!("---\npublished: 2025-03-04\n---\n{body}\n");
    let article = Article::new("test.txt", text, &rules).unwrap();
    extract(&article, 0, &rules)
        .into_iter()
        .filter_map(|c| Some((c.text.clone(), c.count()?.whole)))
        .collect()
}

/// A count after a part-of word whose part the text gives is a whole, a different quantity:
/// "20 bus yang terbakar dari sebanyak 104 bus" made 20 and 104 one count of burnt buses
/// (kebakaran-bus-rawa-buaya).
#[test]
fn a_count_after_its_part_is_a_whole() {
    let w = |t: &str, whole: bool| (t.to_string(), whole);
    assert_eq!(
        wholes("Total sebanyak 20 bus yang terbakar dari sebanyak 104 bus yang dititipkan di terminal itu."),
        [w("20 bus", false), w("104 bus", true)]
    );
    // After an opening quote a capital opens the sentence: "Total" is no name.
    assert_eq!(
        wholes("\"Total 20 bus yang terbakar dari sebanyak 104 bus yang dititipkan,\" ujarnya."),
        [w("20 bus", false), w("104 bus", true)]
    );
    assert_eq!(
        wholes("Bus yang terbakar tersebut merupakan bagian dari 417 bus yang sudah dihapuskan."),
        [w("417 bus", true)]
    );
    assert_eq!(
        wholes("The crash killed 241 of the 242 people on board."),
        [w("242 people", true)]
    );
    // Traps: "dari" with no part counted before it, a part in another sentence, a part
    // with its whole right after it (no count at all, as before).
    assert_eq!(
        wholes("Sebanyak 20 warga dari desa itu mengungsi ke balai desa."),
        [w("20 warga", false)]
    );
    assert_eq!(
        wholes("Bantuan datang dari 5 negara sahabat."),
        [w("5 negara", false)]
    );
    assert_eq!(
        wholes("Sebanyak 20 orang tewas. Bantuan datang dari 5 negara sahabat."),
        [w("20 orang", false), w("5 negara", false)]
    );
    assert_eq!(
        wholes("The deaths of 12 miners shocked the town."),
        [w("12 miners", false)]
    );
    assert!(wholes("Empat dari dua belas pekerja masih dirawat.").is_empty());
    // Opening its clause, "dari" names the whole whose part the clause goes on to count,
    // with no part before it (old archive, Raja Ampat: "dari lima perusahaan tambang yang
    // memiliki IUP ..., hanya satu yang masih aktif").
    assert_eq!(
        wholes("Dari lima perusahaan tambang yang memiliki izin, hanya satu perusahaan yang beroperasi."),
        [w("lima perusahaan", true), w("satu perusahaan", false)]
    );
    assert_eq!(
        wholes("Menteri menyebut, dari 5 izin tambang yang ada, hanya satu yang dipertahankan."),
        [w("5 izin", true)]
    );
    assert_eq!(
        wholes("Of the 242 people on board, 241 people died."),
        [w("242 people", true), w("241 people", false)]
    );
    // Trap: "dari" inside its clause is where from, as before.
    assert_eq!(
        wholes("Relawan itu, antara lain dari 5 negara sahabat, tiba kemarin."),
        [w("5 negara", false)]
    );
    // Traps: a count of another thing before "dari" is no part of it (people from seven
    // countries, seats of a plane carrying passengers), nor is what a whole consists of.
    assert_eq!(
        wholes("Kapal itu membawa 12 orang dari tujuh negara."),
        [w("12 orang", false), w("tujuh negara", false)]
    );
    assert_eq!(
        wholes("There were 242 passengers on board the plane, which has a total of 256 seats."),
        [w("242 passengers", false), w("256 seats", false)]
    );
    assert_eq!(
        wholes("Ada 104 peserta yang terdiri dari 40 peserta laki-laki dan 64 peserta perempuan."),
        [
            w("104 peserta", false),
            w("40 peserta", false),
            w("64 peserta", false)
        ]
    );
}

/// A capital after an opening quote or bracket opens its sentence: `"Total 20 bus ...` and
/// `"Dua orang ...` were read as names, so a quoted count was lost.
#[test]
fn a_quote_opens_a_sentence() {
    assert_eq!(
        one("\"Sebanyak 20 orang tewas dalam kejadian itu,\" ujarnya."),
        ("20".into(), "orang".into())
    );
    assert_eq!(
        one("“Dua orang masih dirawat di rumah sakit,” katanya."),
        ("2".into(), "orang".into())
    );
    assert_eq!(
        one("(Total 12 rumah rusak berat di desa itu.)"),
        ("12".into(), "rumah".into())
    );
    // Traps: names inside a quoted sentence stay names.
    for body in [
        "\"Kami bertemu Kelompok Tujuh di Roma,\" ujarnya.",
        "\"Ia tiba di Terminal 3 bandara,\" katanya.",
    ] {
        assert!(counts(body).is_empty(), "{body}: {:?}", counts(body));
    }
}

/// "50 bangkai bus" (wrecks of buses) counts buses; "puluhan bangkai" alone counts wrecks.
#[test]
fn a_wreck_of_a_thing_counts_the_thing() {
    assert_eq!(
        one("Api melahap setidaknya 50 bangkai bus."),
        ("at least 50".into(), "bus".into())
    );
    assert_eq!(
        one("Petugas menemukan puluhan bangkai di sana.").1,
        "bangkai"
    );
}

/// A quake's depth is a fixed measure (`measures` in rules/id/numbers.yaml), in km:
/// "Kedalaman:47 Km" in BMKG's tweet, "pada kedalaman 70 kilometer" (gempa-pangandaran).
#[test]
fn a_quake_depth_is_a_measure_in_its_unit() {
    let lead = "Gempa mengguncang Wanasari pada Senin malam.";
    assert_eq!(
        one(&format!(
            "{lead} Pusat gempa berada di kedalaman 70 kilometer."
        )),
        ("70".into(), "kedalaman".into())
    );
    // With the magnitude beside it (a measure too), in a tweet's decimal point.
    let tweet = counts(&format!(
        "{lead}\n\n\"Mag:5.0, Lok:8.08 LS, Kedalaman:47 Km,\" cuit BMKG."
    ));
    let tweet: Vec<(&str, &str)> = tweet.iter().map(|c| (c.1.as_str(), c.2.as_str())).collect();
    assert_eq!(tweet, [("5", "mag"), ("47", "kedalaman")]);
    assert_eq!(
        one(&format!("{lead} Pusatnya ada pada kedalaman 500 meter.")).0,
        "0.5"
    );
    assert_eq!(
        one("The earthquake struck at a depth of 10 km, the agency said.").0,
        "10"
    );
    // Traps: a flood's or a well's depth (no quake named in the sentence or the one
    // before), a depth with no unit, a unit that is none of the measure's.
    for body in [
        "Banjir merendam desa itu dengan kedalaman 2 meter.",
        &format!(
            "{lead}\n\nWarga desa itu kesulitan air.\n\nSumur digali hingga kedalaman 20 meter."
        ),
        &format!("{lead} Pusatnya ada pada kedalaman 47."),
        &format!("{lead} Retakan tanah mencapai kedalaman 30 cm."),
    ] {
        assert!(counts(body).is_empty(), "{body}: {:?}", counts(body));
    }
}

/// A quake's magnitude is a fixed measure written with no unit (or `SR`), none above 10:
/// "magnitudo 4,8", "M4,9", "magnitudo (M) 5,0", "a magnitude of 6.1".
#[test]
fn a_quake_magnitude_is_a_measure_with_no_unit() {
    for (body, value, noun) in [
        (
            "Gempa magnitudo 4,8 mengguncang Wanasari.",
            "4.8",
            "magnitudo",
        ),
        ("Gempa M4,9 mengguncang Wanasari, kata BMKG.", "4.9", "m"),
        ("Gempa M 4,9 mengguncang Wanasari, kata BMKG.", "4.9", "m"),
        (
            "Gempa berkekuatan magnitudo (M) 5,0 terjadi di laut.",
            "5",
            "magnitudo",
        ),
        (
            "Gempa bermagnitudo 5,2 SR terasa di Wanasari.",
            "5.2",
            "bermagnitudo",
        ),
        (
            "The earthquake had a magnitude of 6.1, the agency said.",
            "6.1",
            "magnitude",
        ),
        // A magnitude is no count of the word after it: "5,0 mengguncang" was a count of 5
        // (gempa-pangandaran); a zero fraction is still a fraction.
        (
            "Gempa bermagnitudo 5,6 mengguncang kota itu.",
            "5.6",
            "bermagnitudo",
        ),
        (
            "Gempa bermagnitudo 5,0 mengguncang kota itu.",
            "5",
            "bermagnitudo",
        ),
        (
            "The quake of magnitude 6.0 shook the city.",
            "6",
            "magnitude",
        ),
    ] {
        assert_eq!(one(body), (value.into(), noun.into()), "{body}");
    }
    // Traps: no quake in the sentence or the one before (a street, a class), and a
    // number above 10 beside a quake (a street's): no magnitude.
    for body in [
        "Toko itu berada di Jalan M 4 Wanasari.",
        "Kelas magnitudo 4 berisi dua puluh siswa.",
        "Gempa terasa hingga ruko di Jalan M 15 Wanasari.",
    ] {
        let found = counts(body);
        assert!(
            found.iter().all(|c| c.2 != "m" && c.2 != "magnitudo"),
            "{body}: {found:?}"
        );
    }
}

/// (text, value, noun, others) of each count claim in `body`.
/// `counts_others`' rows with borrowed text, to compare with literals.
fn borrowed(found: &[(String, String, String, bool)]) -> Vec<(&str, &str, &str, bool)> {
    found
        .iter()
        .map(|(t, v, n, o)| (t.as_str(), v.as_str(), n.as_str(), *o))
        .collect()
}

fn counts_others(body: &str) -> Vec<(String, String, String, bool)> {
    let rules = Rules::builtin().unwrap();
    let text = format!("---\npublished: 2025-03-04\n---\n{body}\n");
    let article = Article::new("test.txt", text, &rules).unwrap();
    extract(&article, 0, &rules)
        .into_iter()
        .filter_map(|c| {
            let d = c.count()?;
            Some((c.text.clone(), d.value.display(), d.noun.clone(), d.others))
        })
        .collect()
}

/// A number with no noun after it, before `lainnya`/`others` or `di antaranya`/`of them`,
/// counts the noun of the count before it: "mencapai 42 orang. 30 di antaranya dinyatakan
/// selamat, sementara 12 lainnya dinyatakan meninggal dunia" against "11 lainnya meninggal
/// dunia" was missed (kmp-tunu-pratama-jaya, pencarian-hari-kedelapan / basarnas-penyelaman).
#[test]
fn a_number_with_no_noun_counts_the_noun_of_the_count_before() {
    let found = counts_others(
        "Total korban yang berhasil dievakuasi mencapai 42 orang. 30 di antaranya dinyatakan \
         selamat, sementara 12 lainnya dinyatakan meninggal dunia.",
    );
    assert_eq!(
        borrowed(&found),
        [
            ("42 orang", "42", "orang", false),
            ("30 di antaranya", "30", "orang", false),
            ("12 lainnya", "12", "orang", true),
        ]
    );
    // In one sentence, and with number words.
    let found = counts_others(
        "Tim menerima 12 jenazah, sebelas di antaranya telah berhasil diidentifikasi.",
    );
    assert_eq!(found[1].0, "sebelas di antaranya");
    assert_eq!(
        (found[1].1.as_str(), found[1].2.as_str()),
        ("11", "jenazah")
    );
    // A part of others is others too: two of six more victims are no count of all the
    // seriously injured (kecelakaan-bus-upsi-malaysia).
    let found =
        counts_others("Tim menemukan enam korban tambahan, dua di antaranya mengalami luka parah.");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(
        (found[1].0.as_str(), found[1].2.as_str(), found[1].3),
        ("dua di antaranya", "korban", true)
    );
    let found = counts_others(
        "Rescuers pulled 42 people from the water. 30 of them survived, while 12 others died.",
    );
    assert_eq!(
        borrowed(&found),
        [
            ("42 people", "42", "people", false),
            ("30 of them", "30", "people", false),
            ("12 others", "12", "people", true),
        ]
    );
}

/// Traps: no count before it, a label or a time, a count two sentences back, counts of two
/// things before it, a part larger than the whole.
#[test]
fn a_number_with_no_noun_and_no_count_before_counts_nothing() {
    for body in [
        "Bantuan dibagikan kepada warga desa. Pada 12 lainnya belum diberikan.",
        "Sebanyak 40 warga menempati rumah nomor 12 lainnya.",
        "Sebanyak 40 warga hadir. Acara dimulai pukul 12 lainnya ditunda.",
        "Sebanyak 40 warga hadir. Acara berlangsung meriah. 12 lainnya tidak datang.",
        "Tim menemukan 3 jenazah di 2 lokasi, sementara 12 lainnya masih dicari.",
        "Sebanyak 5 kapal dikerahkan. 30 di antaranya kembali.",
    ] {
        let found = counts_others(body);
        assert!(
            found
                .iter()
                .all(|(t, ..)| !t.ends_with("lainnya") && !t.ends_with("antaranya")),
            "{body}: {found:?}"
        );
    }
    // "satu di antaranya" takes the nearest count's noun, not another thing's two sentences
    // back.
    let found = counts_others(
        "Polisi memeriksa 20 saksi. Mereka datang dari 3 desa. Satu di antaranya terendam banjir.",
    );
    assert_eq!(
        found.last().map(|f| f.2.as_str()),
        Some("desa"),
        "{found:?}"
    );
}

/// The conflicts of one article (a dateline line `dateline`, `header` lines, a blank line and
/// `body`) that `keep` keeps, as the sorted `part` of each conflict's evidence.
fn conflicts_of(
    dateline: &str,
    header: &str,
    body: &str,
    keep: impl Fn(&factlint::conflict::Conflict) -> bool,
    part: impl Fn(&factlint::conflict::Evidence) -> String,
) -> Vec<Vec<String>> {
    let rules = Rules::builtin().unwrap();
    let text = format!("{dateline}\n{header}\n\n{body}\n");
    let article = Article::new("a.txt", text, &rules).unwrap();
    let run = factlint::check_articles(vec![article], &rules, &|_, _| {});
    run.conflicts
        .iter()
        .filter(|c| keep(c))
        .map(|c| {
            let mut v: Vec<String> = c.evidence.iter().map(&part).collect();
            v.sort();
            v
        })
        .collect()
}

/// The score conflicts of one article (`body` after a dateline and a headline line), as
/// the sorted values of each conflict's evidence.
fn score_conflicts(headline: &str, body: &str) -> Vec<Vec<String>> {
    conflicts_of(
        "Kompas.com, 10 Juni 2025",
        headline,
        body,
        |c| c.subject.starts_with("match score"),
        |e| e.value.clone(),
    )
}

#[test]
fn two_final_scores_of_one_match_in_one_article_disagree() {
    let lead = "Timnas Indonesia vs Timnas Jepang berakhir 0-6 di Stadion Suita, Selasa (10/6/2025) malam WIB. Skuad Garuda finis di posisi empat dengan 12 poin.";
    // Issue 16: the lead's result and a later "skor akhir" of the same match.
    assert_eq!(
        score_conflicts(
            "Klasemen Usai Indonesia vs Jepang 0-6",
            &format!("{lead}\n\nDuel Timnas Indonesia vs Timnas Jepang itu berlangsung sengit. Skor akhir 5-0 untuk kemenangan Samurai Biru.")
        ),
        vec![vec!["0-6", "0-6", "5-0"]]
    );
    // The same result told from the other side is no conflict; nor are the half-time
    // score, a score at a minute, a score that changed, an earlier meeting, another match
    // of a standings list, a penalty shoot-out, a time, a date range, an age range, a vote.
    let traps = "Jepang memimpin 3-0 pada babak pertama. Skor 1-0 di menit ke-20 bertahan lama. Kubo mengubah skor menjadi 2-0. Indonesia pernah menang 1-0 pada 2021. Di laga lain, Australia menang 2-1 atas Arab Saudi. Laga Arab Saudi dan Australia berakhir 2-1. Tim U-17 menang adu penalti 4-3. Laga dimulai pukul 19-21 WIB. Latihan digelar 10-12 Juni. Suporter berusia 18-25 tahun hadir. Komite menang 5-4 suara. Ayat 5-0 dibacakan.";
    assert_eq!(
        score_conflicts(
            "Klasemen Usai Indonesia vs Jepang 0-6",
            &format!("{lead}\n\nSkor akhir 6-0 untuk kemenangan Samurai Biru. {traps}")
        ),
        Vec::<Vec<String>>::new()
    );
}

#[test]
fn two_scores_so_far_of_an_in_match_article_disagree() {
    // Issue 16: the headline of an in-match update and its lead's "untuk sementara".
    let lead = "Hasil Timnas Indonesia vs Timnas Jepang sudah diketahui hingga menit ke-58. Skor laga di Stadion Suita itu untuk sementara 4-0 untuk Samurai Biru.";
    assert_eq!(
        score_conflicts("Samurai Biru Tambah Gol, Garuda Tertinggal 0-5", lead),
        vec![vec!["0-5", "4-0"]]
    );
    // Agreeing, and a headline at half-time ("HT") against the final score.
    let agreeing = "Hasil Timnas Indonesia vs Timnas Jepang sudah diketahui hingga menit ke-58. Skor laga di Stadion Suita itu untuk sementara 5-0 untuk Samurai Biru.";
    assert!(score_conflicts("Garuda Tertinggal 0-5", agreeing).is_empty());
    let ht = "Laga Timnas Indonesia vs Timnas Jepang di Stadion Suita akhirnya berakhir dengan skor 0-6 bagi tuan rumah.";
    assert!(score_conflicts("Hasil HT Indonesia vs Jepang 0-3", ht).is_empty());
}

#[test]
fn a_shoot_out_named_later_in_its_clause_is_no_match_score() {
    // "berakhir 7-6 bagi kemenangan Garuda Muda dalam babak adu penalti" (a real report):
    // the shoot-out's tally, named after the words read beside the score, is no result.
    let result = "Skor akhir 5-0 untuk kemenangan Samurai Biru.";
    let shoot_out = "Timnas Indonesia vs Timnas Jepang berakhir 0-6 bagi kemenangan Samurai Biru dalam babak adu penalti di Stadion Suita, Selasa (10/6/2025) malam WIB.";
    assert!(score_conflicts("Hasil Laga", &format!("{shoot_out}\n\n{result}")).is_empty());
    // Control: the same sentence without the shoot-out gives the match's result.
    let plain = "Timnas Indonesia vs Timnas Jepang berakhir 0-6 bagi kemenangan Samurai Biru di Stadion Suita, Selasa (10/6/2025) malam WIB.";
    assert_eq!(
        score_conflicts("Hasil Laga", &format!("{plain}\n\n{result}")).len(),
        1
    );
}

#[test]
fn scores_of_two_matches_are_not_compared() {
    // A round-up: two matches paired, or two plain results in a headline.
    let body = "Laga Arsenal vs Chelsea berakhir 2-1 di London. Pertandingan Liverpool vs Everton berakhir imbang 0-0 di Anfield pada hari yang sama.";
    assert!(score_conflicts("Hasil Liga Inggris", body).is_empty());
    let plain = "Arsenal menang 2-1 atas Chelsea di London, sedangkan Liverpool kalah 0-3 dari Everton di Anfield pada hari yang sama.";
    assert!(score_conflicts("Arsenal Menang 2-1, Liverpool Kalah 0-3", plain).is_empty());
    // In English too.
    let en = "Japan beat Indonesia 6-0 in Suita on Tuesday evening, topping the group.\n\nAt half-time Japan led 3-0. The final score was 6-0.";
    assert!(score_conflicts("Japan 6-0 Indonesia", en).is_empty());
    // A player's record: his debut "berakhir imbang 2-2 melawan Bahrain", an opponent the
    // top never names, right after the score, though the sentence before names the top's
    // team.
    let lead = "Timnas Indonesia vs Timnas Jepang berakhir 0-6 di Stadion Suita, Selasa (10/6/2025) malam WIB.";
    let record = "Qzarino sudah tujuh kali bermain bersama Timnas Indonesia. Debutnya berakhir imbang 2-2 melawan Bahrain.";
    assert!(score_conflicts("Indonesia vs Jepang 0-6", &format!("{lead}\n\n{record}")).is_empty());
    // Control: the opponent the top names is the top's match, and its other result a
    // conflict.
    let same = "Qzarino sudah tujuh kali bermain bersama Timnas Indonesia. Laga itu berakhir 0-5 melawan Jepang.";
    assert_eq!(
        score_conflicts("Indonesia vs Jepang 0-6", &format!("{lead}\n\n{same}")).len(),
        1
    );
}

/// Number forms other projects' suites hold that were read wrong (issue 16, cause 8): each
/// is now read right or not at all, with the plain form beside it.
#[test]
fn number_forms_once_misread_are_read_right_or_not_at_all() {
    let en = "The officials of the district said on the day of the storm that";
    for (words, value) in [
        ("one hundred and six", "106"),
        ("two hundred and fifty", "250"),
        ("two dozen", "24"),
        ("a dozen", "12"),
        ("one hundred", "100"),
        ("six", "6"),
    ] {
        assert_eq!(
            one(&format!("{en} {words} houses were damaged.")).0,
            value,
            "{words}"
        );
    }
    let id = "Para pejabat kabupaten itu mengatakan pada hari itu bahwa";
    assert_eq!(one(&format!("{id} dua lusin rumah rusak.")).0, "24");
    assert_eq!(one(&format!("{id} seratus enam rumah rusak.")).0, "106");
    // A scale after a larger number is no sum: "dua puluh lusin" is not 32.
    let found = counts(&format!("{id} dua puluh lusin telur pecah."));
    assert!(found.iter().all(|c| c.1 != "32"), "{found:?}");
    // An abbreviated unit of time is no counted thing: "2 bln lalu" is two months ago.
    assert_eq!(counts(&format!("{id} pabrik itu tutup 2 bln lalu.")), []);
    // "three billions people": no count rather than 3.
    assert_eq!(counts(&format!("{en} three billions people watched.")), []);
    // Trap: "and" joins two numbers only after a scale word: "two and three" are two.
    let found = counts(&format!("{en} two and three houses were damaged."));
    assert!(found.iter().all(|c| c.1 != "5"), "{found:?}");
    // From Duckling's number corpora: lakh and crore are scales of South Asian English.
    assert_eq!(
        one(&format!("{en} 30 lakh people were moved.")).0,
        "3000000"
    );
    assert_eq!(
        one(&format!("{en} two crore people were moved.")).0,
        "20000000"
    );
    // Not read: no number word is summed upwards ("one twenty two" was 23), and no part of
    // a fraction or a decimal is a count ("1/5" was 5, ".77" was 77, "two point two
    // million" was two million, "dua koma lima juta" two million).
    for body in [
        format!("{en} one twenty two people were moved."),
        format!("{en} 1/5 people were moved."),
        format!("{en} .77 people were moved."),
        format!("{en} two point two million people were moved."),
        format!("{en} 1 point 1 people were moved."),
        format!("{id} dua koma lima juta orang mengungsi."),
        // From Recognizers-Text's number spec: fractions count no thing ("two thirds" was
        // 2 thirds), and "and a half" ends no number of its own ("five and a half million"
        // was half a million).
        format!("{en} two thirds of them were moved."),
        format!("{en} three quarters were moved."),
        format!("{en} five and a half million people were moved."),
        format!("{id} dua pertiga warga mengungsi."),
    ] {
        assert_eq!(counts(&body), [], "{body}");
    }
    // A thousands group split from its head by spaces or a line break ("1.  243 warga" in a
    // copied summary) is no count of its own.
    for body in [
        format!("{id} imigrasi menunda keberangkatan 1.  243 warga ke Arab Saudi."),
        format!("{id} sebanyak 5.\n\n800 lowongan kerja dibuka."),
    ] {
        assert_eq!(counts(&body), [], "{body}");
    }
    // Traps: a sentence ending in a year, and a list's number, before a count.
    assert_eq!(
        one(&format!("{id} hal itu terjadi pada 2019. 243 orang hadir.")).0,
        "243"
    );
    assert_eq!(
        one("Daftar kerusakan:\n\n1. 200 rumah terendam banjir.").0,
        "200"
    );
    assert_eq!(one(&format!("{id} 1.243 warga berangkat.")).0, "1243");
    assert_eq!(
        one(&format!("{en} two thirds of the 300 members were moved.")).0,
        "300"
    );
    // Traps: the plain forms still read.
    assert_eq!(one(&format!("{en} twenty two people were moved.")).0, "22");
    assert_eq!(one(&format!("{en} 5 people were moved.")).0, "5");
    assert_eq!(
        one(&format!("{en} 2.2 million people were moved.")).0,
        "2200000"
    );
    assert_eq!(one(&format!("{id} dua juta orang mengungsi.")).0, "2000000");
    assert_eq!(one(&format!("{id} 1.500 orang mengungsi.")).0, "1500");
}

/// The count conflicts of one article (a dateline line, `header` lines, a blank line and
/// `body`), as the sorted texts of each conflict's evidence.
fn count_conflicts(header: &str, body: &str) -> Vec<Vec<String>> {
    conflicts_of(
        "Kompas.com, 30 Mei 2025",
        header,
        body,
        |c| c.kind == factlint::kinds::Kind::Count,
        |e| e.text.clone(),
    )
}

/// Issue 16 cause 5: an article disagrees with itself when its lead gives a figure its body
/// contradicts; two figures deep in one body are most often two quantities (two years, two
/// categories, a total and a part) and are not compared.
#[test]
fn one_article_disagrees_with_itself_lead_against_body() {
    let header = "Pemprov Jabar Cabut Izin Tambang usai Longsor di Cirebon\nEditor: Farid Assifa";
    let lead = "Gubernur Jawa Barat Dedi Mulyadi mencabut izin tambang di Gunung Kuda, Cirebon, \
                yang menewaskan 14 orang.";
    let filler = "Tambang itu ditutup sebagai sanksi administratif.";
    let later = "KOMPAS.com - Pemerintah Provinsi Jawa Barat mencabut izin tambang di Gunung \
                 Kuda, Cirebon, pasca-longsor yang menewaskan lebih dari 14 orang.";
    // Paragraphs parted by blank lines, or by single line breaks (lines longer than a
    // hard-wrapped text's: each line is a paragraph, the first of prose the lead).
    for sep in ["\n\n", "\n"] {
        let body = |parts: &[&str]| parts.join(sep);
        assert_eq!(
            count_conflicts(header, &body(&[lead, filler, later])),
            [vec![
                "14 orang".to_string(),
                "lebih dari 14 orang".to_string()
            ]],
            "{sep:?}"
        );
        // Trap: the same two figures both deep in the body.
        assert_eq!(
            count_conflicts(header, &body(&[filler, filler, lead, filler, later])),
            Vec::<Vec<String>>::new(),
            "{sep:?}"
        );
    }
}

/// A text scraped with no paragraph breaks is one paragraph: its lead is its first sentences
/// (up to the first sentence end `count_lead_chars` characters in), not the whole text, so
/// two items of a list deep in it ("MG menyusul dengan 168.700 unit ... Haval menyusul
/// dengan 90.700 unit", real) are two quantities.
#[test]
fn one_long_paragraph_leads_with_its_first_sentences_only() {
    let header = "Ekspor Mobil Qzarland Melonjak\nEditor: Farid Assifa";
    let opening = "BEIJING - Ekspor kendaraan listrik Qzarland melonjak pada lima bulan pertama \
                   tahun ini, menurut data yang dirilis kantor bea cukai pada Senin. Produsen \
                   lokal menguasai pasar ekspor itu.";
    let filler = "Permintaan dari Eropa dan Amerika Latin terus tumbuh sepanjang tahun ini.";
    let items = "Dorvale menyusul dengan 168.700 unit. Vexan menyusul dengan 90.700 unit.";
    let body = [opening, filler, filler, filler, items].join(" ");
    assert_eq!(count_conflicts(header, &body), Vec::<Vec<String>>::new());
    // Control: the same two items up front are compared.
    let body = [items, opening, filler, filler, filler].join(" ");
    assert_eq!(
        count_conflicts(header, &body),
        [vec!["168.700 unit".to_string(), "90.700 unit".to_string()]]
    );
    // Trap: a figure in the first sentence still leads, against a figure deep in the text
    // ("menewaskan 14 orang" / "lebih dari 14 orang").
    let lead = "Gubernur Jawa Barat Dedi Mulyadi mencabut izin tambang di Gunung Kuda, Cirebon, \
                yang menewaskan 14 orang.";
    let later = "Pemerintah Provinsi Jawa Barat mencabut izin tambang di Gunung Kuda, Cirebon, \
                 pasca-longsor yang menewaskan lebih dari 14 orang.";
    let body = [lead, filler, filler, filler, filler, later].join(" ");
    assert_eq!(
        count_conflicts(header, &body),
        [vec![
            "14 orang".to_string(),
            "lebih dari 14 orang".to_string()
        ]]
    );
}

/// The count conflicts of in-memory articles (name, text) as (subject, message).
fn age_conflicts(articles: &[(&str, String)]) -> Vec<(String, String)> {
    let session = factlint::Session::new(factlint::Options::default()).unwrap();
    let articles = articles
        .iter()
        .map(|(name, text)| session.article(*name, text.clone()).unwrap())
        .collect();
    let outcome = session.check_articles(articles).unwrap();
    outcome
        .conflicts
        .iter()
        .filter(|c| c.kind == factlint::Kind::Count && c.message.contains("ages"))
        .map(|c| (c.subject.clone(), c.message.to_string()))
        .collect()
}

/// A report of the same arrest, published on `date`, naming the captain at `age` and his
/// son at 19.
fn arrest(date: &str, age: u32) -> String {
    format!(
        "{date}\n\nLESBOS - Police arrested the ferry captain Dimitris Papadakis, {age}, on \
         Saturday after the Aegean Star capsized off Lesbos. His son, Nikos Papadakis, 19, \
         survived. The coastguard spokesman Nikos Alexiou said 34 people were rescued.\n"
    )
}

#[test]
fn one_person_given_two_ages_in_one_story() {
    let found = age_conflicts(&[
        ("a.txt", arrest("14 March 2026", 54)),
        ("b.txt", arrest("15 March 2026", 45)),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Dimitris Papadakis");
    assert!(
        found[0].1.contains("45 (1 article) vs 54 (1 article)"),
        "{found:?}"
    );
}

#[test]
fn ages_that_fit_the_years_between_or_are_other_people() {
    // A year later the captain is one year older; his son (another full name) is 19.
    assert_eq!(
        age_conflicts(&[
            ("a.txt", arrest("14 March 2025", 54)),
            ("b.txt", arrest("16 March 2026", 55)),
        ]),
        Vec::new()
    );
    // The same age in both; and a report of one day that says he is older by one is wrong.
    assert_eq!(
        age_conflicts(&[
            ("a.txt", arrest("14 March 2026", 54)),
            ("b.txt", arrest("15 March 2026", 54)),
        ]),
        Vec::new()
    );
    assert_eq!(
        age_conflicts(&[
            ("a.txt", arrest("14 March 2026", 54)),
            ("b.txt", arrest("15 March 2026", 55)),
        ])
        .len(),
        1
    );
}

/// The count conflicts between two articles of one day (bodies of one story).
fn counted_between(a: &str, b: &str) -> usize {
    let rules = Rules::builtin().unwrap();
    let article = |name: &str, body: &str| {
        let text = format!("Selasa, 10 Juni 2025 | 10:00 WIB\nKabar Uji\n\nJudul\n\n{body}\n");
        Article::new(name, text, &rules).unwrap()
    };
    let run = factlint::check_articles(
        vec![article("a.txt", a), article("b.txt", b)],
        &rules,
        &|_, _| {},
    );
    run.conflicts
        .iter()
        .filter(|c| c.kind == factlint::kinds::Kind::Count)
        .count()
}

#[test]
fn a_count_joined_to_a_person_is_a_part_of_the_figure() {
    let crash = |dead: &str| {
        format!(
            "Minibus menabrak truk di Tol Bakauheni, Lampung Selatan. Akibat kecelakaan itu, \
             {dead} meninggal dunia, kata Kasat Lantas Polres Lampung Selatan AKP Rudi Hartono."
        )
    };
    // The driver and two passengers are three dead: no conflict with "tiga orang".
    assert_eq!(
        counted_between(
            &crash("sopir berinisial DI dan 2 penumpangnya"),
            &crash("tiga orang")
        ),
        0
    );
    assert_eq!(
        counted_between(&crash("2 penumpang beserta sopirnya"), &crash("tiga orang")),
        0
    );
    // Control: two passengers alone against three people is a conflict.
    assert_eq!(
        counted_between(&crash("2 penumpang"), &crash("tiga orang")),
        1
    );
    // Trap: two figures joined ("3 orang tewas dan 5 orang luka") are each a whole.
    let toll = |hurt: &str| {
        format!(
            "Bus terbakar di Tol Cipali, Majalengka. Sebanyak 3 orang tewas dan {hurt} orang \
             luka-luka, kata Kapolres Majalengka AKBP Indra Wijaya."
        )
    };
    assert_eq!(counted_between(&toll("5"), &toll("7")), 1);
    // English: "the driver and two passengers".
    let en = |dead: &str| {
        format!(
            "A minibus hit a truck near Bakauheni, Lampung. {dead} were killed, said police \
             chief Rudi Hartono."
        )
    };
    assert_eq!(
        counted_between(&en("The driver and two passengers"), &en("Three people")),
        0
    );
    assert_eq!(
        counted_between(&en("Two passengers"), &en("Three people")),
        1
    );
}

/// A police report of one arrest naming the two suspects by their initials.
fn initials_arrest(date: &str, second: u32) -> String {
    format!(
        "{date}\n\nMEDAN - Polisi menangkap dua tersangka berinisial SAR (25) dan DUL ({second}) \
         di tepi Sungai Deli bersama 10 kilogram sabu, kata Kasat Resnarkoba Polrestabes Medan \
         AKBP Jhon Sitepu.\n"
    )
}

#[test]
fn a_suspect_named_by_initials_given_two_ages() {
    let found = age_conflicts(&[
        ("a.txt", initials_arrest("10 Juni 2025", 40)),
        ("b.txt", initials_arrest("10 Juni 2025", 30)),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "DUL");
    // Trap: the same initials in another story of the same days are other people:
    // initials join no stories, not even two of them.
    let found = age_conflicts(&[
        ("a.txt", initials_arrest("10 Juni 2025", 40)),
        (
            "b.txt",
            "11 Juni 2025\n\nBANDUNG - Dua warga berinisial SAR (25) dan DUL (30) ditangkap karena mencuri \
             sepeda motor di Cimahi, kata Kapolsek Cimahi AKP Rina Wulandari.\n"
                .to_string(),
        ),
    ]);
    assert_eq!(found, Vec::<(String, String)>::new());
}

/// Counts an order of magnitude apart (`count_max_ratio`, 10) are a whole and a part, or two
/// quantities; a slip of a digit or two is near.
#[test]
fn counts_an_order_of_magnitude_apart_are_two_quantities() {
    let counted = counted_between;
    let land = |n: &str, rest: &str| {
        format!("Kementerian ATR/BPN di Kabupaten Wanasari telah menerbitkan {n} bidang tanah{rest}, kata Menteri ATR Nusron Wahid.")
    };
    // Control: two figures a digit apart are one quantity given differently.
    assert_eq!(counted(&land("230", ""), &land("320", "")), 1);
    // A million plots and 200 endowment plots are a whole and a part.
    assert_eq!(counted(&land("1,4 juta", ""), &land("200", " wakaf")), 0);
}

#[test]
fn a_word_of_degree_is_no_content_word_of_a_count() {
    // "cuma" (only) says how much, not what: a boat that carries "cuma 70 orang" and a
    // shop that "cuma" sees 40 to 50 visitors a day are two quantities of two stories.
    let rules = Rules::builtin().unwrap();
    let article = |name: &str, body: &str| {
        let text = format!("Judul\n\n{body}\n");
        Article::new(name, text, &rules).unwrap()
    };
    let run = factlint::check_articles(
        vec![
            article(
                "a.txt",
                "Keluarga menggelar prosesi larung di Jakarta, dihadiri keluarga dan teman \
                 dekat, karena kapal \"cuma muat 70 orang\".",
            ),
            article(
                "b.txt",
                "Pengunjung toko buku di Jakarta menurun. \"Dalam sehari paling cuma 40 \
                 sampai 50 orang datang,\" ujar Ronald Edward.",
            ),
        ],
        &rules,
        &|_, _| {},
    );
    assert!(
        run.conflicts
            .iter()
            .all(|c| c.kind != factlint::kinds::Kind::Count),
        "{:?}",
        run.conflicts
    );
}

/// More than `count_max_values` (3) different numbers and none standing out (written by
/// more articles than all the others together): the group has tied several quantities
/// together, and no figure stands out as the slip.
#[test]
fn many_numbers_none_standing_out_are_no_conflict() {
    let rules = Rules::builtin().unwrap();
    let run = |values: &[&str]| {
        let articles: Vec<Article> = values
            .iter()
            .enumerate()
            .map(|(i, n)| {
                let text = format!("Selasa, 4 Maret 2025 | 10:00 WIB\nKabar Uji\n\nJudul\n\nBanjir di Kabupaten Wanasari menewaskan {n} orang, kata Kepala BPBD Wanasari Sutrisno Hadiwijoyo.\n");
                Article::new(format!("{i}.txt"), text, &rules).unwrap()
            })
            .collect();
        factlint::check_articles(articles, &rules, &|_, _| {})
            .conflicts
            .iter()
            .filter(|c| c.kind == factlint::kinds::Kind::Count)
            .count()
    };
    assert_eq!(run(&["14", "17", "21", "33"]), 0);
    // Two numbers written twice each among others (old archive: a team's goals of a half,
    // a match and a campaign), or one written by fewer articles than the others together:
    // nothing stands out.
    assert_eq!(run(&["2", "2", "3", "3", "12", "21"]), 0);
    assert_eq!(run(&["14", "14", "17", "21", "33"]), 0);
    // Controls: three numbers, or four with one written by more articles than all the
    // others together (whether those are written once or more).
    assert_eq!(run(&["14", "17", "21"]), 1);
    assert_eq!(run(&["14", "14", "14", "14", "17", "21", "33"]), 1);
    assert_eq!(run(&["14", "14", "14", "14", "14", "17", "17", "21"]), 1);
}

/// One article counting the others of one name twice counts one group, whatever words
/// say what they do; the lead may come after a deck and a photo caption, opening with a
/// wire dateline.
#[test]
fn one_article_counting_the_others_of_one_name_twice() {
    let deck = "Menteri izinkan PT Gag Nikel dan 12 perusahaan lainnya menambang.\n\nKeterangan foto: Menteri LH di lokasi tambang.";
    let lead = "JAKARTA, KOMPAS.com - Menteri Lingkungan Hidup Hanif Faisol Nurofiq mengatakan, PT GAG Nikel (PT GN) dan 12 perusahaan lainnya mendapatkan hak spesial untuk menambang di Kabupaten Raja Ampat.";
    let later = "Kemudian, untuk PT GN dan tiga belas perusahaan lainnya diberikan pengecualian melalui UU Nomor 19 Tahun 2004.";
    assert_eq!(
        count_conflicts("Judul", &format!("{deck}\n\n{lead}\n\n{later}")),
        vec![vec![
            "12 perusahaan lainnya".to_string(),
            "tiga belas perusahaan lainnya".to_string()
        ]]
    );
    // Trap: the others of another name are another group.
    let other = "Kemudian, untuk PT Antam dan tiga belas perusahaan lainnya diberikan pengecualian melalui UU Nomor 19 Tahun 2004.";
    assert!(count_conflicts("Judul", &format!("{deck}\n\n{lead}\n\n{other}")).is_empty());
    // Trap: a part of a count before ("di antaranya") is another quantity.
    let listed = "JAKARTA, KOMPAS.com - Sepanjang 2025 Bursa Efek Indonesia telah kedatangan 22 emiten baru yang mencatatkan saham perdana.\n\nDelapan emiten di antaranya mencatatkan saham pada pekan lalu.";
    assert!(count_conflicts("Judul", listed).is_empty());
}

/// The goal-minute conflicts of in-memory articles (name, text) as (subject, message).
fn goal_conflicts(articles: &[(&str, String)]) -> Vec<(String, String)> {
    let session = factlint::Session::new(factlint::Options::default()).unwrap();
    let articles = articles
        .iter()
        .map(|(name, text)| session.article(*name, text.clone()).unwrap())
        .collect();
    let outcome = session.check_articles(articles).unwrap();
    outcome
        .conflicts
        .iter()
        .filter(|c| c.kind == factlint::Kind::Count && c.message.contains("minutes"))
        .map(|c| (c.subject.clone(), c.message.to_string()))
        .collect()
}

/// A report of one invented match, its scorers' list written as `scorers`, and `more` after
/// it.
fn match_report(scorers: &str, more: &str) -> String {
    format!(
        "Kamis, 19 Maret 2026\n\nHasil Liga Uji: Kota Hijau Menang 3-0 atas Bintang Timur\n\n\
         BANDUNG - Kota Hijau menang 3-0 atas Bintang Timur di Stadion Lembah Hijau, Rabu \
         (18/3/2026) malam. Gol-gol Kota Hijau dicetak oleh {scorers}.\n\n\
         Kota Hijau tampil dominan sejak awal laga dan menguasai bola. {more}\n"
    )
}

#[test]
fn one_scorer_given_a_goal_minute_apart_in_one_story() {
    let found = goal_conflicts(&[
        (
            "a.txt",
            match_report("Rangga Saputra (21', 59') dan Dimas Pramono (31')", ""),
        ),
        (
            "b.txt",
            match_report(
                "Rangga Saputra (21\u{2019}, 58\u{2019}) dan Dimas Pramono (31\u{2019})",
                "",
            ),
        ),
    ]);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "Rangga Saputra");
    assert!(
        found[0]
            .1
            .contains("21, 58 (1 article) vs 21, 59 (1 article)"),
        "{found:?}"
    );
    // Within one article: its scorers' list and a later line of the same scorer.
    let found = goal_conflicts(&[(
        "a.txt",
        match_report(
            "Rangga Saputra (21', 59') dan Dimas Pramono (31')",
            "Gol: Rangga Saputra (21', 58').",
        ),
    )]);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn goal_minutes_that_agree_or_are_no_slip() {
    for (a, b) in [
        // One minute written two ways; a half's end standing for its stoppage time.
        ("Rangga Saputra (45+2')", "Rangga Saputra (47')"),
        (
            "Rangga Saputra (15' dan 45')",
            "Rangga Saputra (15', 45+6')",
        ),
        // Too far apart, another number of goals, two minutes differing, across a half's end.
        ("Rangga Saputra (21', 55')", "Rangga Saputra (21', 59')"),
        ("Rangga Saputra (21')", "Rangga Saputra (21', 58')"),
        ("Rangga Saputra (20', 58')", "Rangga Saputra (21', 59')"),
        ("Rangga Saputra (45+3')", "Rangga Saputra (46')"),
        // A substitution in a line-up against a goal.
        ("Dimas Pramono (Rangga Saputra 60')", "Rangga Saputra (59')"),
    ] {
        let found = goal_conflicts(&[
            ("a.txt", match_report(a, "")),
            ("b.txt", match_report(b, "")),
        ]);
        assert_eq!(found, Vec::new(), "{a} / {b}");
    }
}

#[test]
fn goal_minutes_of_another_match_are_not_read() {
    let rules = Rules::builtin().unwrap();
    let text = match_report(
        "Rangga Saputra (21')",
        "Di laga lain, Sinar Laut menang 2-1 atas Karang Putih lewat gol Bayu Nugroho (58').",
    );
    let article = Article::new("a.txt", text, &rules).unwrap();
    let goals: Vec<String> = extract(&article, 0, &rules)
        .iter()
        .filter(|c| c.attribute.as_str() == "goals")
        .map(|c| c.text.clone())
        .collect();
    assert_eq!(goals, vec!["Rangga Saputra (21')".to_string()]);
}

/// The count conflicts of articles of one day (bodies of one story), as the sorted texts
/// of each conflict's evidence.
fn count_conflicts_between(bodies: &[&str]) -> Vec<Vec<String>> {
    let rules = Rules::builtin().unwrap();
    let articles = bodies
        .iter()
        .enumerate()
        .map(|(i, body)| {
            let text = format!(
                "Selasa, 10 Juni 2025 | 10:00 WIB\nKabar Uji\n\nJudul\n\nPemeriksaan saksi \
                 berlangsung di Gedung Bundar Kejaksaan Agung, Jakarta.\n\n{body}\n"
            );
            Article::new(format!("{i}.txt"), text, &rules).unwrap()
        })
        .collect();
    let run = factlint::check_articles(articles, &rules, &|_, _| {});
    run.conflicts
        .iter()
        .filter(|c| c.kind == factlint::kinds::Kind::Count)
        .map(|c| {
            let mut v: Vec<String> = c.evidence.iter().map(|e| e.text.clone()).collect();
            v.sort();
            v
        })
        .collect()
}

/// Two figures of one body in sentences next to each other, one given by two other
/// articles and the other by none: the lone one is a slip of the figure.
#[test]
fn a_lone_figure_beside_the_figure_every_other_article_gives() {
    let slip = "Saksi Budi Santoso diperiksa selama tujuh jam oleh Kejaksaan Agung. Dia \
                mengaku dicecar sebanyak dua pertanyaan oleh penyidik.\n\"Tadi ada sekitar \
                12 pertanyaan oleh penyidik,\" ujar Budi Santoso.";
    let other = "Saksi Budi Santoso diperiksa Kejaksaan Agung. \"Tadi ada sekitar 12 \
                 pertanyaan oleh penyidik,\" kata Budi Santoso.";
    assert_eq!(
        count_conflicts_between(&[slip, other, other]),
        [vec![
            "dua pertanyaan".to_string(),
            "sekitar 12 pertanyaan".to_string()
        ]]
    );
    // Trap: only one other article gives the figure.
    assert_eq!(
        count_conflicts_between(&[slip, other]),
        Vec::<Vec<String>>::new()
    );
    // Trap: another article gives both figures too (two quantities it tells apart).
    assert_eq!(
        count_conflicts_between(&[slip, slip, other, other]),
        Vec::<Vec<String>>::new()
    );
    // Trap: a sentence between the two figures.
    let apart = slip.replace(
        "penyidik.\n",
        "penyidik. Pemeriksaan itu berlangsung hingga sore hari.\n",
    );
    assert_eq!(
        count_conflicts_between(&[&apart, other, other]),
        Vec::<Vec<String>>::new()
    );
}

/// Two articles that each write both figures of one thing tell two quantities apart (a
/// total and a part, two rounds), even where the figures are not linked as one event: the
/// figure one gives where the other gives its other is no slip.
#[test]
fn figures_both_articles_write_are_two_quantities() {
    let first = "Penyidik mengajukan 12 pertanyaan kepada saksi Budi Santoso.\nPada \
                 pemeriksaan pekan lalu, jaksa menyiapkan 15 pertanyaan tertulis.";
    let second = "Penyidik mengajukan 15 pertanyaan kepada saksi Budi Santoso.\nPada \
                  pemeriksaan pekan lalu, jaksa menyiapkan 12 pertanyaan tertulis.";
    assert_eq!(
        count_conflicts_between(&[first, second]),
        Vec::<Vec<String>>::new()
    );
    // Control: where one article writes only its figure, the two disagree.
    let alone = "Penyidik mengajukan 15 pertanyaan kepada saksi Budi Santoso.";
    assert_eq!(
        count_conflicts_between(&[first, alone]),
        [vec![
            "12 pertanyaan".to_string(),
            "15 pertanyaan".to_string()
        ]]
    );
}
