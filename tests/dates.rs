//! Date claim extraction through the public API: `Article::new` + `extract::extract`.
//!
//! Publication date used for relative expressions: Friday 2024-10-18 (set by front matter).

use chrono::{NaiveDate, Weekday};
use factlint::article::Article;
use factlint::claim::{Claim, Role};
use factlint::extract::extract;
use factlint::rules::{Part, Rules};

/// Front matter that sets the publication date to Friday 2024-10-18.
const PUBLISHED: &str = "---\npublished: 2024-10-18\n---\n";

/// (exact text, ISO value, form, weekday written with the date)
type Row = (String, Option<String>, &'static str, Option<Weekday>);

fn article(text: &str) -> (Article, Vec<Claim>) {
    let rules = Rules::builtin().unwrap();
    let article = Article::new("test.txt", text.to_string(), &rules).unwrap();
    // Date claims only: entity claims are tested in tests/entities.rs.
    let claims = extract(&article, 0, &rules)
        .into_iter()
        .filter(|c| c.date().is_some())
        .collect();
    (article, claims)
}

/// Each date claim of `text` (as written) with one flag of its clause context.
fn flagged(text: &str, flag: fn(&Claim) -> bool) -> Vec<(String, bool)> {
    article(text)
        .1
        .iter()
        .map(|c| (c.text.clone(), flag(c)))
        .collect()
}

fn rows_of(claims: &[Claim]) -> Vec<Row> {
    claims
        .iter()
        .map(|c| {
            (
                c.text.clone(),
                c.date().unwrap().value.map(|v| v.iso()),
                c.date().unwrap().form,
                c.date().unwrap().weekday.as_ref().map(|w| w.weekday),
            )
        })
        .collect()
}

/// The claims of `text` (no publication date unless `text` sets one).
fn rows(text: &str) -> Vec<Row> {
    rows_of(&article(text).1)
}

/// The claims of `body` in an article published on 2024-10-18.
fn rows_published(body: &str) -> Vec<Row> {
    rows(&format!("{PUBLISHED}{body}"))
}

fn row(text: &str, iso: Option<&str>, form: &'static str, weekday: Option<Weekday>) -> Row {
    (text.to_string(), iso.map(str::to_string), form, weekday)
}

/// The dates of `body` published on 2024-10-18, as (text, ISO value).
fn read(body: &str) -> Vec<(String, Option<String>)> {
    rows_published(body)
        .into_iter()
        .map(|(text, iso, _, _)| (text, iso))
        .collect()
}

/// One date read, as [`read`] gives it.
fn one(text: &str, iso: &str) -> Vec<(String, Option<String>)> {
    vec![(text.to_string(), Some(iso.to_string()))]
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

// ---------------------------------------------------------------- full dates

#[test]
fn full_date_day_month_name_year() {
    assert_eq!(
        rows("Acara digelar pada 17 Oktober 2024 di Jakarta."),
        [row("17 Oktober 2024", Some("2024-10-17"), "date", None)]
    );
    assert_eq!(
        rows("The summit opened on 17 October 2024 in Bali."),
        [row("17 October 2024", Some("2024-10-17"), "date", None)]
    );
}

#[test]
fn full_date_uppercase_month_first_with_comma() {
    assert_eq!(
        rows("The summit opened on DECEMBER 9, 2022 in Bali."),
        [row("DECEMBER 9, 2022", Some("2022-12-09"), "date", None)]
    );
    assert_eq!(
        rows("Acara di Bandung digelar pada 9 DESEMBER 2022 malam."),
        [row("9 DESEMBER 2022", Some("2022-12-09"), "date", None)]
    );
}

#[test]
fn full_date_alone_on_a_line_is_the_dateline() {
    let (article, claims) = article("DECEMBER 9, 2022\n\nThe summit opened in Bali.");
    assert_eq!(
        rows_of(&claims),
        [row("DECEMBER 9, 2022", Some("2022-12-09"), "date", None)]
    );
    assert_eq!(claims[0].date().unwrap().role, Role::Dateline);
    assert_eq!(article.published, Some(date(2022, 12, 9)));
}

#[test]
fn full_date_short_month_name_mei() {
    assert_eq!(
        rows_published("Gempa terjadi 3 Mei 2023 pukul 10.00 WIB di Cianjur."),
        [row("3 Mei 2023", Some("2023-05-03"), "date", None)]
    );
    assert_eq!(
        rows_published("The quake struck on 3 May 2023 in Cianjur."),
        [row("3 May 2023", Some("2023-05-03"), "date", None)]
    );
}

#[test]
fn full_date_numeric_with_dashes() {
    assert_eq!(
        rows_published("Rapat digelar 18-10-2024 di Bandung."),
        [row("18-10-2024", Some("2024-10-18"), "date", None)]
    );
    assert_eq!(
        rows_published("The meeting was held on 18-10-2024 in Bandung."),
        [row("18-10-2024", Some("2024-10-18"), "date", None)]
    );
}

#[test]
fn full_date_numeric_with_slashes_day_first() {
    assert_eq!(
        rows("Sidang digelar 31/1/2023 di PN Jakarta Selatan."),
        [row("31/1/2023", Some("2023-01-31"), "date", None)]
    );
    assert_eq!(
        rows("The hearing took place on 31/1/2023 in South Jakarta."),
        [row("31/1/2023", Some("2023-01-31"), "date", None)]
    );
}

#[test]
fn full_date_ambiguous_numeric_reads_day_first() {
    // 4/3/2024 is 4 March in Indonesian (`numeric_dates: dmy`), not April 3.
    assert_eq!(
        rows("Sidang digelar 4/3/2024 di PN Jakarta Selatan."),
        [row("4/3/2024", Some("2024-03-04"), "date", None)]
    );
    // In English it is either (US outlets write the month first): not read, unless only
    // one order makes a date.
    assert_eq!(
        rows("The hearing took place on 4/3/2024 in South Jakarta."),
        []
    );
    assert_eq!(
        rows("The hearing took place on 24/3/2024 in South Jakarta."),
        [row("24/3/2024", Some("2024-03-24"), "date", None)]
    );
    // One day and month alike reads the same either way.
    assert_eq!(
        rows("The hearing took place on 5/5/2024 in South Jakarta."),
        [row("5/5/2024", Some("2024-05-05"), "date", None)]
    );
}

#[test]
fn full_date_numeric_only_valid_month_first() {
    // There is no 25th month: 12/25/2024 can only be December 25.
    assert_eq!(
        rows("The vote is on 12/25/2024 in Ohio."),
        [row("12/25/2024", Some("2024-12-25"), "date", None)]
    );
    assert_eq!(
        rows("Pemungutan suara digelar 12/25/2024 di Ohio."),
        [row("12/25/2024", Some("2024-12-25"), "date", None)]
    );
}

#[test]
fn full_date_iso() {
    assert_eq!(
        rows("Data per 2024-10-17 menunjukkan kenaikan harga beras."),
        [row("2024-10-17", Some("2024-10-17"), "date", None)]
    );
    assert_eq!(
        rows("The report was released on 2024-10-17."),
        [row("2024-10-17", Some("2024-10-17"), "date", None)]
    );
}

#[test]
fn full_date_month_first_with_ordinal_suffix() {
    assert_eq!(
        rows("The law took effect on March 4th, 2024."),
        [row("March 4th, 2024", Some("2024-03-04"), "date", None)]
    );
}

#[test]
fn invalid_numeric_dates_are_not_dates() {
    // Neither order gives a real day; the positive control proves the sentence is read.
    assert_eq!(
        rows("Sidang digelar 2/30/2024 dan ditunda hingga Oktober 2024."),
        [row("Oktober 2024", Some("2024-10"), "month-year", None)]
    );
    assert_eq!(
        rows("Sidang digelar 13/13/2024 dan ditunda hingga Oktober 2024."),
        [row("Oktober 2024", Some("2024-10"), "month-year", None)]
    );
}

// ---------------------------------------------------------------- month + year, years

#[test]
fn month_and_year() {
    assert_eq!(
        rows("Harga naik sejak Oktober 2024."),
        [row("Oktober 2024", Some("2024-10"), "month-year", None)]
    );
    assert_eq!(
        rows("Inflasi Maret 2024 mencapai 3 persen."),
        [row("Maret 2024", Some("2024-03"), "month-year", None)]
    );
    assert_eq!(
        rows("Prices rose in October 2024."),
        [row("October 2024", Some("2024-10"), "month-year", None)]
    );
}

#[test]
fn month_and_year_covers_the_whole_month() {
    let (_, claims) = article("Inflasi Maret 2024 mencapai 3 persen.");
    let v = claims[0].date().unwrap().value.unwrap();
    assert_eq!((v.start(), v.end()), (date(2024, 3, 1), date(2024, 3, 31)));
    assert_eq!(
        claims[0].time_scope,
        Some((date(2024, 3, 1), date(2024, 3, 31)))
    );
}

#[test]
fn bare_year_after_a_cue_is_a_date() {
    assert_eq!(
        rows("Program itu berjalan sejak tahun 2022."),
        [row("2022", Some("2022"), "year", None)]
    );
    assert_eq!(
        rows("Proyek itu selesai pada 2023."),
        [row("2023", Some("2023"), "year", None)]
    );
    assert_eq!(
        rows("The plant closed in 2021."),
        [row("2021", Some("2021"), "year", None)]
    );
}

#[test]
fn the_year_of_a_numbered_document_is_no_date() {
    // The year of "UU Nomor 19 Tahun 2004" is part of the law's number.
    assert_eq!(
        rows("Pengecualian diberikan melalui UU Nomor 19 Tahun 2004 tentang kehutanan."),
        []
    );
    assert_eq!(rows("Perppu No 1 Tahun 2004 berlaku."), []);
    assert_eq!(rows("The rule follows Law No 5 Year 2023."), []);
    // Traps: a cued year with no document number before it stays a date, and so does a year
    // after a number that counts something ("12 perusahaan tahun 2004" is no document).
    assert_eq!(
        rows("Aturan itu terbit pada tahun 2004."),
        [row("2004", Some("2004"), "year", None)]
    );
    assert_eq!(
        rows("Sebanyak 12 perusahaan tahun 2004 mendapat izin."),
        [row("2004", Some("2004"), "year", None)]
    );
}

#[test]
fn bare_year_covers_the_whole_year() {
    let (_, claims) = article("Proyek itu selesai pada 2023.");
    let v = claims[0].date().unwrap().value.unwrap();
    assert_eq!((v.start(), v.end()), (date(2023, 1, 1), date(2023, 12, 31)));
    assert!(claims[0].date().unwrap().explicit);
}

// ---------------------------------------------------------------- ranges

#[test]
fn range_across_two_months() {
    assert_eq!(
        rows("Festival berlangsung 30 Januari-1 Februari 2023 di Solo."),
        [row(
            "30 Januari-1 Februari 2023",
            Some("2023-01-30/2023-02-01"),
            "range",
            None
        )]
    );
    let (_, claims) = article("Festival berlangsung 30 Januari-1 Februari 2023 di Solo.");
    let v = claims[0].date().unwrap().value.unwrap();
    assert_eq!((v.start(), v.end()), (date(2023, 1, 30), date(2023, 2, 1)));
}

#[test]
fn range_across_a_year_end_takes_the_earlier_year() {
    assert_eq!(
        rows("Libur berlangsung 30 Desember-2 Januari 2024."),
        [row(
            "30 Desember-2 Januari 2024",
            Some("2023-12-30/2024-01-02"),
            "range",
            None
        )]
    );
}

#[test]
fn range_antara_dan() {
    assert_eq!(
        rows("Harga naik antara Mei 2023 dan Maret 2024."),
        [row(
            "antara Mei 2023 dan Maret 2024",
            Some("2023-05/2024-03"),
            "range",
            None
        )]
    );
}

#[test]
fn range_from_to_shares_the_year() {
    assert_eq!(
        rows("Prices rose from May to July 2023."),
        [row(
            "from May to July 2023",
            Some("2023-05/2023-07"),
            "range",
            None
        )]
    );
    assert_eq!(
        rows("Harga naik dari Mei hingga Juli 2023."),
        [row(
            "dari Mei hingga Juli 2023",
            Some("2023-05/2023-07"),
            "range",
            None
        )]
    );
}

#[test]
fn range_of_days_in_one_month() {
    assert_eq!(
        rows("KTT digelar 17-18 Oktober 2024 di Bali."),
        [row(
            "17-18 Oktober 2024",
            Some("2024-10-17/2024-10-18"),
            "range",
            None
        )]
    );
    assert_eq!(
        rows("The summit ran 17-18 October 2024 in Bali."),
        [row(
            "17-18 October 2024",
            Some("2024-10-17/2024-10-18"),
            "range",
            None
        )]
    );
}

// ---------------------------------------------------------------- weekday + date

#[test]
fn weekday_with_bracketed_numeric_date() {
    assert_eq!(
        rows_published("Sidang digelar Selasa (31/1/2023) di PN Jakarta Selatan."),
        [row(
            "Selasa (31/1/2023)",
            Some("2023-01-31"),
            "weekday+date",
            Some(Weekday::Tue)
        )]
    );
}

#[test]
fn weekday_part_of_day_bracketed_date() {
    // "Rabu malam (28/5/2024)": a part of the day between the weekday and its date; the
    // weekday is checked against the date (28 May 2024 was a Tuesday).
    assert_eq!(
        rows_published("Jamuan digelar Rabu malam (28/5/2024) di Istana."),
        [row(
            "Rabu malam (28/5/2024)",
            Some("2024-05-28"),
            "weekday+date",
            Some(Weekday::Wed)
        )]
    );
    assert_eq!(
        rows("The talks ended on Wednesday night (28/5/2025) in Jakarta."),
        [row(
            "Wednesday night (28/5/2025)",
            Some("2025-05-28"),
            "weekday+date",
            Some(Weekday::Wed)
        )]
    );
    // Traps: a part of the day with no bracketed date after it is no part of a date, and
    // words in brackets are no date.
    let rows = rows_published("Rapat Rabu malam (waktu setempat) berlangsung lama.");
    assert!(rows.iter().all(|r| !r.0.contains("malam")), "{rows:?}");
}

#[test]
fn weekday_comma_date() {
    assert_eq!(
        rows_published("Gempa terjadi Rabu, 3 Mei 2023 pukul 10.00 WIB."),
        [row(
            "Rabu, 3 Mei 2023",
            Some("2023-05-03"),
            "weekday+date",
            Some(Weekday::Wed)
        )]
    );
}

#[test]
fn weekday_comma_numeric_date() {
    assert_eq!(
        rows("The meeting was held on Friday, 18-10-2024 in Jakarta."),
        [row(
            "Friday, 18-10-2024",
            Some("2024-10-18"),
            "weekday+date",
            Some(Weekday::Fri)
        )]
    );
    // A dateline with a time after it: the time is no part of the date.
    assert_eq!(
        rows("Friday, 18-10-2024 | 10:11 am\n\nThe meeting was held in Jakarta."),
        [row(
            "Friday, 18-10-2024",
            Some("2024-10-18"),
            "weekday+date",
            Some(Weekday::Fri)
        )]
    );
}

#[test]
fn date_followed_by_bracketed_weekday() {
    assert_eq!(
        rows_published("Gempa terjadi 3 Mei 2023 (Rabu) malam."),
        [row(
            "3 Mei 2023 (Rabu)",
            Some("2023-05-03"),
            "date+weekday",
            Some(Weekday::Wed)
        )]
    );
}

#[test]
fn weekday_with_day_month_takes_the_year_of_publication() {
    assert_eq!(
        rows_published("Rapat digelar Kamis (17/10) di Jakarta."),
        [row(
            "Kamis (17/10)",
            Some("2024-10-17"),
            "weekday+day-month",
            Some(Weekday::Thu)
        )]
    );
    // Without a publication date the year is unknown.
    assert_eq!(
        rows("Rapat digelar Kamis (17/10) di Jakarta."),
        [row(
            "Kamis (17/10)",
            None,
            "weekday+day-month",
            Some(Weekday::Thu)
        )]
    );
    assert_eq!(
        rows_published("The meeting was held on Monday, October 14."),
        [row(
            "Monday, October 14",
            Some("2024-10-14"),
            "weekday+day-month",
            Some(Weekday::Mon)
        )]
    );
}

// ---------------------------------------------------------------- relative dates

#[test]
fn relative_yesterday() {
    assert_eq!(
        rows_published("Ia tiba kemarin di Jakarta."),
        [row("kemarin", Some("2024-10-17"), "relative", None)]
    );
    assert_eq!(
        rows_published("He arrived yesterday in Jakarta."),
        [row("yesterday", Some("2024-10-17"), "relative", None)]
    );
    let (_, claims) = article(&format!("{PUBLISHED}Ia tiba kemarin di Jakarta."));
    assert!(!claims[0].date().unwrap().explicit);
    let res = claims[0].date().unwrap().resolution.as_ref().unwrap();
    assert_eq!(res.anchor, Some(date(2024, 10, 18)));
}

#[test]
fn relative_yesterday_without_publication_date_is_unresolved() {
    assert_eq!(
        rows("Ia tiba kemarin di Jakarta."),
        [row("kemarin", None, "relative", None)]
    );
    assert_eq!(
        rows("He arrived yesterday in Jakarta."),
        [row("yesterday", None, "relative", None)]
    );
    let (_, claims) = article("Ia tiba kemarin di Jakarta.");
    assert_eq!(claims[0].time_scope, None);
    assert_eq!(
        claims[0]
            .date()
            .unwrap()
            .resolution
            .as_ref()
            .unwrap()
            .anchor,
        None
    );
}

#[test]
fn relative_last_week_is_the_previous_iso_week() {
    assert_eq!(
        rows_published("Rapat itu digelar pekan lalu."),
        [row("pekan lalu", Some("2024-W41"), "relative", None)]
    );
    assert_eq!(
        rows_published("The meeting was held last week."),
        [row("last week", Some("2024-W41"), "relative", None)]
    );
    let (_, claims) = article(&format!("{PUBLISHED}Rapat itu digelar pekan lalu."));
    let v = claims[0].date().unwrap().value.unwrap();
    assert_eq!(
        (v.start(), v.end()),
        (date(2024, 10, 7), date(2024, 10, 13))
    );
}

#[test]
fn relative_last_week_without_publication_date_is_unresolved() {
    assert_eq!(
        rows("Rapat itu digelar pekan lalu."),
        [row("pekan lalu", None, "relative", None)]
    );
    assert_eq!(
        rows("The meeting was held last week."),
        [row("last week", None, "relative", None)]
    );
}

#[test]
fn relative_last_year() {
    assert_eq!(
        rows_published("Harga beras naik tahun lalu."),
        [row("tahun lalu", Some("2023"), "relative", None)]
    );
    assert_eq!(
        rows_published("Rice prices rose last year."),
        [row("last year", Some("2023"), "relative", None)]
    );
}

#[test]
fn relative_last_year_without_publication_date_is_unresolved() {
    assert_eq!(
        rows("Harga beras naik tahun lalu."),
        [row("tahun lalu", None, "relative", None)]
    );
    assert_eq!(
        rows("Rice prices rose last year."),
        [row("last year", None, "relative", None)]
    );
}

#[test]
fn month_of_last_year() {
    assert_eq!(
        rows_published("Harga beras naik Oktober tahun lalu."),
        [row(
            "Oktober tahun lalu",
            Some("2023-10"),
            "month+relative",
            None
        )]
    );
    assert_eq!(
        rows("Harga beras naik Oktober tahun lalu."),
        [row("Oktober tahun lalu", None, "month+relative", None)]
    );
}

#[test]
fn early_part_of_a_year() {
    for text in [
        "Proyek itu dimulai awal 2023.".to_string(),
        format!("{PUBLISHED}Proyek itu dimulai awal 2023."),
    ] {
        let (_, claims) = article(&text);
        assert_eq!(
            rows_of(&claims),
            [row("awal 2023", Some("2023"), "part+date", None)]
        );
        let v = claims[0].date().unwrap().value.unwrap();
        assert_eq!(v.part, Some(Part::Early));
        assert_eq!(v.start(), date(2023, 1, 1));
        assert_eq!(v.end(), date(2023, 4, 30));
        assert_eq!(v.display(), "early 2023");
    }
    let (_, claims) = article("Prices rose in early 2023.");
    assert_eq!(
        rows_of(&claims),
        [row("early 2023", Some("2023"), "part+date", None)]
    );
    let v = claims[0].date().unwrap().value.unwrap();
    assert_eq!((v.start(), v.end()), (date(2023, 1, 1), date(2023, 4, 30)));
}

#[test]
fn early_part_of_last_year() {
    let (_, claims) = article(&format!("{PUBLISHED}Harga naik awal tahun lalu."));
    assert_eq!(
        rows_of(&claims),
        [row("awal tahun lalu", Some("2023"), "part+relative", None)]
    );
    let v = claims[0].date().unwrap().value.unwrap();
    assert_eq!((v.start(), v.end()), (date(2023, 1, 1), date(2023, 4, 30)));
    assert_eq!(
        rows("Harga naik awal tahun lalu."),
        [row("awal tahun lalu", None, "part+relative", None)]
    );
}

#[test]
fn counted_days_ago() {
    assert_eq!(
        rows_published("Ia tiba 3 hari lalu di Jakarta."),
        [row(
            "3 hari lalu",
            Some("2024-10-15"),
            "counted-relative",
            None
        )]
    );
    assert_eq!(
        rows_published("He arrived 3 days ago in Jakarta."),
        [row(
            "3 days ago",
            Some("2024-10-15"),
            "counted-relative",
            None
        )]
    );
    assert_eq!(
        rows("Ia tiba 3 hari lalu di Jakarta."),
        [row("3 hari lalu", None, "counted-relative", None)]
    );
    assert_eq!(
        rows("He arrived 3 days ago in Jakarta."),
        [row("3 days ago", None, "counted-relative", None)]
    );
}

#[test]
fn counted_years_ago_in_words() {
    // "dua tahun lalu" is two years back, not "tahun lalu" (last year).
    assert_eq!(
        rows_published("Ia tiba dua tahun lalu."),
        [row(
            "dua tahun lalu",
            Some("2022"),
            "counted-relative",
            None
        )]
    );
    assert_eq!(
        rows_published("He arrived two years ago."),
        [row("two years ago", Some("2022"), "counted-relative", None)]
    );
}

#[test]
fn bare_weekday_is_the_last_such_day_up_to_publication() {
    // Published Friday 2024-10-18: the last Wednesday is 2024-10-16.
    assert_eq!(
        rows_published("Rapat digelar pada hari Rabu di Jakarta."),
        [row(
            "Rabu",
            Some("2024-10-16"),
            "weekday",
            Some(Weekday::Wed)
        )]
    );
    assert_eq!(
        rows_published("The meeting was held on Wednesday in Jakarta."),
        [row(
            "Wednesday",
            Some("2024-10-16"),
            "weekday",
            Some(Weekday::Wed)
        )]
    );
}

#[test]
fn bare_weekday_without_publication_date_is_unresolved() {
    assert_eq!(
        rows("Rapat digelar pada hari Rabu di Jakarta."),
        [row("Rabu", None, "weekday", Some(Weekday::Wed))]
    );
    assert_eq!(
        rows("The meeting was held on Wednesday in Jakarta."),
        [row("Wednesday", None, "weekday", Some(Weekday::Wed))]
    );
}

#[test]
fn bare_weekday_in_a_future_clause_is_the_next_such_day() {
    assert_eq!(
        rows_published("Rapat akan digelar pada hari Rabu di Jakarta."),
        [row(
            "Rabu",
            Some("2024-10-23"),
            "weekday",
            Some(Weekday::Wed)
        )]
    );
}

#[test]
fn weekday_of_last_week() {
    assert_eq!(
        rows_published("Rapat digelar Rabu pekan lalu di Jakarta."),
        [row(
            "Rabu pekan lalu",
            Some("2024-10-09"),
            "weekday+relative",
            Some(Weekday::Wed)
        )]
    );
}

// ---------------------------------------------------------------- future context

#[test]
fn future_marker_marks_the_claim_future() {
    let (_, claims) = article("Presiden akan meresmikan jembatan itu pada 10 Maret 2024.");
    assert_eq!(
        rows_of(&claims),
        [row("10 Maret 2024", Some("2024-03-10"), "date", None)]
    );
    assert!(claims[0].context.future);

    let (_, claims) = article("The president will open the bridge on 10 March 2024.");
    assert_eq!(
        rows_of(&claims),
        [row("10 March 2024", Some("2024-03-10"), "date", None)]
    );
    assert!(claims[0].context.future);
}

#[test]
fn past_sentence_is_not_future() {
    let (_, claims) = article("Presiden meresmikan jembatan itu pada 10 Maret 2024.");
    assert_eq!(
        rows_of(&claims),
        [row("10 Maret 2024", Some("2024-03-10"), "date", None)]
    );
    assert!(!claims[0].context.future);

    let (_, claims) = article("The president opened the bridge on 10 March 2024.");
    assert_eq!(
        rows_of(&claims),
        [row("10 March 2024", Some("2024-03-10"), "date", None)]
    );
    assert!(!claims[0].context.future);
}

// ---------------------------------------------------------------- traps

#[test]
fn trap_count_of_trucks() {
    assert_eq!(
        rows("Sebanyak 101 truk dikerahkan pada 2023."),
        [row("2023", Some("2023"), "year", None)]
    );
}

#[test]
fn trap_year_like_count_without_cue() {
    assert_eq!(rows("Acara itu diikuti 2022 peserta dari 34 provinsi."), []);
    assert_eq!(
        rows("The event drew 2022 participants from 34 provinces."),
        []
    );
}

#[test]
fn trap_number_with_thousands_separator() {
    assert_eq!(
        rows("Sebanyak 1.500 orang hadir pada 2023."),
        [row("2023", Some("2023"), "year", None)]
    );
    assert_eq!(
        rows("Sekitar 17.000 orang hadir pada 2023."),
        [row("2023", Some("2023"), "year", None)]
    );
}

#[test]
fn trap_small_count() {
    assert_eq!(
        rows("Delegasi dari 12 negara hadir pada Oktober 2024."),
        [row("Oktober 2024", Some("2024-10"), "month-year", None)]
    );
}

#[test]
fn trap_roman_numeral() {
    assert_eq!(
        rows("Perang Dunia II berakhir pada 1945."),
        [row("1945", Some("1945"), "year", None)]
    );
}

#[test]
fn trap_clock_time() {
    assert_eq!(rows("Acara dimulai pukul 10:11 WIB di Jakarta."), []);
    assert_eq!(
        rows_published("Rapat dimulai 18-10-2024 pukul 10:11 WIB."),
        [row("18-10-2024", Some("2024-10-18"), "date", None)]
    );
}

#[test]
fn trap_match_week_number() {
    assert_eq!(
        rows_published("Liga Inggris memasuki Pekan ke 35 pada Mei 2024."),
        [row("Mei 2024", Some("2024-05"), "month-year", None)]
    );
}

#[test]
fn trap_friday_prayer_is_not_a_day() {
    assert_eq!(
        rows_published("Ia hadir saat salat Jumat di masjid pada 18 Oktober 2024."),
        [row("18 Oktober 2024", Some("2024-10-18"), "date", None)]
    );
    assert_eq!(
        rows_published("Black Friday sales rose in 2023."),
        [row("2023", Some("2023"), "year", None)]
    );
}

#[test]
fn minggu_as_week_noun_is_not_sunday() {
    // "minggu lalu" is last week; "dua minggu" is a duration; neither is Sunday.
    assert_eq!(
        rows_published("Rapat digelar minggu lalu, sedangkan pasien dirawat selama dua minggu."),
        [row("minggu lalu", Some("2024-W41"), "relative", None)]
    );
    assert_eq!(
        rows_published("Minggu lalu, rapat digelar di Jakarta."),
        [row("Minggu lalu", Some("2024-W41"), "relative", None)]
    );
    // After a day cue it is Sunday: the last one up to Friday 2024-10-18.
    assert_eq!(
        rows_published("Rapat digelar pada hari Minggu di Jakarta."),
        [row(
            "Minggu",
            Some("2024-10-13"),
            "weekday",
            Some(Weekday::Sun)
        )]
    );
}

#[test]
fn trap_lowercase_may_is_a_verb() {
    assert_eq!(
        rows_published("Officials said the plant may reopen in 2025."),
        [row("2025", Some("2025"), "year", None)]
    );
    assert_eq!(
        rows_published("Each of the 3 may apply again in 2025."),
        [row("2025", Some("2025"), "year", None)]
    );
    assert_eq!(
        rows_published("Residents may 2 times a week collect water."),
        []
    );
    // Capitalised after a cue it is the month.
    assert_eq!(
        rows_published("Prices rose in May."),
        [row("May", Some("2024-05"), "month", None)]
    );
}

#[test]
fn trap_read_also_link_line() {
    let (_, claims) = article(&format!(
        "{PUBLISHED}Baca Juga: Harga naik sejak 2023 di Jakarta\nHarga turun pada 2024."
    ));
    assert_eq!(rows_of(&claims), [row("2024", Some("2024"), "year", None)]);
    assert_eq!(claims[0].span.line, 5);
    assert_eq!(
        rows("Read also: Prices rose in 2023 in Jakarta\nPrices fell in 2024."),
        [row("2024", Some("2024"), "year", None)]
    );
}

// ---------------------------------------------------------------- spans

#[test]
fn span_text_is_the_source_text() {
    let text = format!(
        "{PUBLISHED}Sidang digelar Selasa (31/1/2023) di PN.\n\
         Harga naik antara Mei 2023 dan Maret 2024, kata dia kemarin.\n\
         KTT digelar 17-18 Oktober 2024 di Bali."
    );
    let (article, claims) = article(&text);
    let texts: Vec<&str> = claims.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Selasa (31/1/2023)",
            "antara Mei 2023 dan Maret 2024",
            "kemarin",
            "17-18 Oktober 2024"
        ]
    );
    for c in &claims {
        assert_eq!(&article.text[c.span.start..c.span.end], c.text);
        assert_eq!(c.article, 0);
    }
    let lines: Vec<usize> = claims.iter().map(|c| c.span.line).collect();
    assert_eq!(lines, [4, 5, 5, 6]);
}

#[test]
fn span_line_and_character_column() {
    // “ and ” are 3 bytes, é is 2: the date starts at byte 24 of its line but column 20.
    let text = format!("{PUBLISHED}Judul berita\n“Kafé” dibuka pada 17 Oktober 2024.");
    let (article, claims) = article(&text);
    assert_eq!(
        rows_of(&claims),
        [row("17 Oktober 2024", Some("2024-10-17"), "date", None)]
    );
    let span = claims[0].span;
    assert_eq!(&article.text[span.start..span.end], "17 Oktober 2024");
    assert_eq!(span.line, 5);
    assert_eq!(span.column, 20);
    let line_start = text.rfind('\n').unwrap() + 1;
    assert_eq!(span.start - line_start, 24);
}

#[test]
fn weekday_mention_span() {
    let text = format!("{PUBLISHED}Sidang digelar Selasa (31/1/2023) di PN.");
    let (article, claims) = article(&text);
    let w = claims[0].date().unwrap().weekday.as_ref().unwrap();
    assert_eq!(&article.text[w.span.start..w.span.end], "Selasa");
    assert_eq!((w.span.line, w.span.column), (4, 16));
    assert_eq!((claims[0].span.line, claims[0].span.column), (4, 16));
}

// ------------------------------------------- regressions found while writing these tests

/// "and" joins both "between ... and" and "from ... and": both ranges must form.
#[test]
fn range_between_and_shares_its_join_word() {
    assert_eq!(
        rows("Prices rose between May 2023 and March 2024."),
        [row(
            "between May 2023 and March 2024",
            Some("2023-05/2024-03"),
            "range",
            None
        )]
    );
    assert_eq!(
        rows("Prices rose between 2021 and 2023."),
        [row(
            "between 2021 and 2023",
            Some("2021/2023"),
            "range",
            None
        )]
    );
    assert_eq!(
        rows("Prices rose between 3 May 2023 and 5 March 2024."),
        [row(
            "between 3 May 2023 and 5 March 2024",
            Some("2023-05-03/2024-03-05"),
            "range",
            None
        )]
    );
}

/// A future marker after a date in another clause does not make the date future.
#[test]
fn future_marker_stays_in_its_clause() {
    let future = |text: &str| flagged(text, |c| c.context.future);
    assert_eq!(
        future("Proyek yang dimulai pada 2022 akan selesai pada 2025."),
        [("2022".to_string(), false), ("2025".to_string(), true)]
    );
    assert_eq!(
        future("The project, which began in 2022, will end in 2025."),
        [("2022".to_string(), false), ("2025".to_string(), true)]
    );
    // The date opens its clause: a marker after it still counts.
    assert_eq!(
        future("Pada 2030, Indonesia akan menjadi tuan rumah."),
        [("2030".to_string(), true)]
    );
    assert_eq!(
        future("In July 2025, the summit will take place in Rome."),
        [("July 2025".to_string(), true)]
    );
}

/// A future marker after a date counts when only a clause's opening word and
/// `connectives` stand before the date, and a future word right after the date
/// ("mendatang") makes it future wherever it stands; a word of telling before the date
/// leaves it the day of the statement.
#[test]
fn future_marker_after_a_date_behind_a_connective() {
    let future = |text: &str| flagged(text, |c| c.context.future);
    assert_eq!(
        future("Namun pada 2030, akan ada dua tim baru."),
        [("2030".to_string(), true)]
    );
    assert_eq!(
        future("Ia menyampaikan bahwa pada 16 Juni 2030 sebanyak 120 perusahaan akan datang."),
        [("16 Juni 2030".to_string(), true)]
    );
    assert_eq!(
        future("Ia menyebut pada 16 Juni 2030 mendatang sebanyak 120 perusahaan datang."),
        [("16 Juni 2030".to_string(), true)]
    );
    // Traps: the day of a statement, and a clause that a verb opens.
    assert_eq!(
        future("Kata Qzar pada Senin (23/6/2025), pemerintah akan membangun jalan."),
        [("Senin (23/6/2025)".to_string(), false)]
    );
    assert_eq!(
        future("Proyek yang dimulai pada 2022 akan selesai."),
        [("2022".to_string(), false)]
    );
}

/// A past marker is a word, not an acronym written in capitals: "Waktu Arab Saudi (WAS)"
/// tells nothing of the past.
#[test]
fn an_acronym_in_capitals_is_no_past_marker() {
    let past = |text: &str| flagged(text, |c| c.context.past);
    assert_eq!(
        past("The plane left Jeddah on 12 June 2030 at 03.40 Qzar Time (WAS) and lands at noon."),
        [("12 June 2030".to_string(), false)]
    );
    // Trap: the word itself is one.
    assert_eq!(
        past("The plane was in Jeddah on 12 June 2030 at 03.40 and lands at noon."),
        [("12 June 2030".to_string(), true)]
    );
}

/// "Jumat lalu" is the Friday before publication, even when publication is on a Friday.
#[test]
fn weekday_with_last_or_next() {
    assert_eq!(
        rows_published("Rapat digelar Jumat lalu di Jakarta."),
        [row(
            "Jumat lalu",
            Some("2024-10-11"),
            "weekday+modifier",
            Some(Weekday::Fri)
        )]
    );
    assert_eq!(
        rows_published("Rapat digelar Rabu lalu di Jakarta."),
        [row(
            "Rabu lalu",
            Some("2024-10-16"),
            "weekday+modifier",
            Some(Weekday::Wed)
        )]
    );
    assert_eq!(
        rows_published("The vote is due next Friday in the capital."),
        [row(
            "next Friday",
            Some("2024-10-25"),
            "weekday+modifier",
            Some(Weekday::Fri)
        )]
    );
    assert_eq!(
        rows_published("The vote was held last Monday in the capital."),
        [row(
            "last Monday",
            Some("2024-10-14"),
            "weekday+modifier",
            Some(Weekday::Mon)
        )]
    );
}

/// "Oktober lalu" in an article of October is last year's October.
#[test]
fn month_with_lalu_is_before_the_month_of_publication() {
    assert_eq!(
        rows_published("Harga naik Oktober lalu di pasar."),
        [row("Oktober lalu", Some("2023-10"), "month+modifier", None)]
    );
    assert_eq!(
        rows_published("Harga naik Juli lalu di pasar."),
        [row("Juli lalu", Some("2024-07"), "month+modifier", None)]
    );
}

/// With a front-matter date, a short body line with a date is not taken for a dateline.
#[test]
fn front_matter_date_means_no_header_dateline() {
    let (a, claims) = article(
        "---\npublished: 2024-10-18\n---\nJudul berita\nKafé dibuka pada 17 Oktober 2024.\n",
    );
    assert_eq!(a.published, Some(date(2024, 10, 18)));
    assert_eq!(a.dateline, None);
    assert_eq!(claims[0].date().unwrap().role, Role::Body);
    // Nor is a short sentence in an article without front matter.
    let (a, _) = article("Judul berita\nKafé dibuka pada 17 Oktober 2024.\n");
    assert_eq!(a.published, None);
}

/// A publication word before a header date ("tayang", "diperbarui", "published") is no
/// extra word of a dateline nor part of the outlet: `Tribun-Medan.com, tayang Senin, 9 Juni
/// 2025 20:15 WIB` was missed (five words besides the date) and its date became an event's
/// date, in conflict with another article's publication date (kecelakaan-bus-upsi-malaysia).
#[test]
fn publication_word_before_a_header_date_makes_it_the_dateline() {
    for (header, published, outlet) in [
        (
            "Tribun-Medan.com, tayang Senin, 9 Juni 2025 20:15 WIB",
            date(2025, 6, 9),
            "Tribun-Medan.com",
        ),
        (
            "TribunJabar.id, tayang Senin, 9 Juni 2025 19:57 WIB",
            date(2025, 6, 9),
            "TribunJabar.id",
        ),
        (
            "Liputan6.com, diperbarui 09 Jun 2025, 20:08 WIB",
            date(2025, 6, 9),
            "Liputan6.com",
        ),
        (
            "The Example Herald, published March 4, 2024",
            date(2024, 3, 4),
            "The Example Herald",
        ),
    ] {
        let (a, claims) = article(&format!(
            "{header}\nJudul berita\n\nBanjir melanda desa itu pada Minggu (8/6/2025).\n"
        ));
        assert_eq!(a.published, Some(published), "{header}");
        assert_eq!(a.outlet.as_deref(), Some(outlet), "{header}");
        assert_eq!(claims[0].date().unwrap().role, Role::Dateline, "{header}");
        assert!(
            claims[0].frame.is_none(),
            "{header}: a header date has no event"
        );
        assert_eq!(claims[1].date().unwrap().role, Role::Body, "{header}");
    }
    // Trap: without the publication word the line still has too many other words.
    let (a, _) =
        article("Tribun Medan Online Daily Edition, Senin, 9 Juni 2025 20:15 WIB\nJudul\n");
    assert_eq!(a.published, None);
    // Trap: "diterbitkan" inside a body sentence is an event (a book's publication).
    let (a, claims) = article(
        "Judul berita\n\nBuku itu diterbitkan pada 5 Mei 2019 oleh sebuah penerbit kecil di kota itu.\n",
    );
    assert_eq!(a.published, None);
    assert_eq!(claims[0].date().unwrap().role, Role::Body);
    assert!(claims[0].frame.is_some());
}

/// A publication stamp is no event's date even when front matter gives the publication
/// date (and the header is not read for it), or when it is a second header line.
#[test]
fn publication_stamp_lines_are_no_event_dates() {
    let (a, claims) = article(
        "---\npublished: 2025-06-10\n---\nTribun-Medan.com, tayang Selasa, 10 Juni 2025 08:16 WIB\nJudul\n",
    );
    assert_eq!(a.published, Some(date(2025, 6, 10)));
    assert_eq!(a.dateline, None);
    assert_eq!(claims[0].date().unwrap().role, Role::Dateline);
    let (a, claims) =
        article("Senin, 9 Juni 2025\nDiunggah ulang: tayang Selasa, 10 Juni 2025\nJudul\n");
    assert_eq!(a.published, Some(date(2025, 6, 9)));
    assert_eq!(claims.len(), 2);
    assert!(claims
        .iter()
        .all(|c| c.date().unwrap().role == Role::Dateline && c.frame.is_none()));
    // Trap: a second short date line without a publication word stays a body date.
    let (_, claims) = article("Senin, 9 Juni 2025\nSelasa, 10 Juni 2025\nJudul\n");
    assert_eq!(claims[1].date().unwrap().role, Role::Body);
}

/// Forms other projects' date suites hold that were read wrong (issue 16, cause 8): each is
/// now read right or not read at all, with the form it was confused with beside it.
#[test]
fn forms_once_misread_are_read_right_or_not_at_all() {
    // Read right (published 2024-10-18).
    assert_eq!(
        read("The meeting took place the day before yesterday."),
        one("day before yesterday", "2024-10-16")
    );
    assert_eq!(
        read("The vote is the day after tomorrow."),
        one("day after tomorrow", "2024-10-20")
    );
    assert_eq!(
        read("The deal was signed on Wednesday, 22nd June, 2016."),
        one("Wednesday, 22nd June, 2016", "2016-06-22")
    );
    // A month, a range of its days and the year: the range.
    assert_eq!(
        read("The summit ran on November 19-20, 2016."),
        one("November 19-20, 2016", "2016-11-19/2016-11-20")
    );
    // Not read (no silent wrong value): without a year, a range of days after a month is
    // not guessed; nor is a range that runs backwards.
    for body in [
        "The vote will be held two days from tomorrow.",
        "The plant closed 1 month 21 days ago.",
        "The talks ran June 12-13 in Geneva.",
        "The summit ran on November 20-19, 2016.",
        // A range of days before a month with no year: its end alone was read.
        "Laga grup berlangsung 4-10 November di Doha.",
        "Piala Dunia U17 digelar pada 3--27 November mendatang.",
        // "Beberapa waktu kemarin" is a while ago, not yesterday.
        "Uji coba itu berlangsung beberapa waktu kemarin.",
    ] {
        assert_eq!(read(body), [], "{body}");
    }
    // Two hyphens written for an en dash make a range as the dash does.
    assert_eq!(
        read("Uji coba berlangsung pada 3--31 Oktober 2024."),
        one("3--31 Oktober 2024", "2024-10-03/2024-10-31")
    );
    assert_eq!(
        read("Uji coba berlangsung pada 3–31 Oktober 2024."),
        one("3–31 Oktober 2024", "2024-10-03/2024-10-31")
    );
    // So do a figure dash and the box-drawing line some sites put for an en dash
    // ("pada 10─13 Juni 2025", real): else its end alone was read, a day after the
    // publication told as past.
    for dash in ["\u{2012}", "\u{2500}"] {
        let range = format!("3{dash}31 Oktober 2024");
        assert_eq!(
            read(&format!("Uji coba berlangsung pada {range}.")),
            one(&range, "2024-10-03/2024-10-31"),
            "{dash:?}"
        );
    }
    assert_eq!(
        read("The talks resume next week on Friday."),
        one("next week", "2024-W43")
    );
    // Traps: the plain forms they were confused with still read.
    assert_eq!(
        read("The meeting took place yesterday."),
        one("yesterday", "2024-10-17")
    );
    assert_eq!(
        read("Uji coba itu berlangsung kemarin."),
        one("kemarin", "2024-10-17")
    );
    assert_eq!(
        read("Laga grup berlangsung 10 November di Doha."),
        one("10 November", "2024-11-10")
    );
    assert_eq!(read("The vote is tomorrow."), one("tomorrow", "2024-10-19"));
    assert_eq!(
        read("The plant closed 21 days ago."),
        one("21 days ago", "2024-09-27")
    );
    assert_eq!(
        read("The summit opened on November 19, 2016."),
        one("November 19, 2016", "2016-11-19")
    );
    assert_eq!(
        read("The talks resume on Friday."),
        one("Friday", "2024-10-18")
    );
    assert_eq!(
        read("The deal was signed on 22 June 2016."),
        one("22 June 2016", "2016-06-22")
    );
}

/// Forms from Duckling's English time corpus that were read wrong: each is now read right
/// or not at all, with the plain form it was confused with beside it.
#[test]
fn days_counted_within_a_month_and_ranges_joined_by_words() {
    // A range of days joined by a word, with its year: the whole range.
    assert_eq!(
        read("Festival digelar 13 sampai 15 Juli 2024 di Bali."),
        one("13 sampai 15 Juli 2024", "2024-07-13/2024-07-15")
    );
    assert_eq!(
        read("The race ran from 13 to 15 July 2024 in Paris."),
        one("from 13 to 15 July 2024", "2024-07-13/2024-07-15")
    );
    // Trap: each end with its year, the range is read.
    assert_eq!(
        read("Pameran berlangsung 2 Oktober 2024 hingga 22 Oktober 2024."),
        one(
            "2 Oktober 2024 hingga 22 Oktober 2024",
            "2024-10-02/2024-10-22"
        )
    );
    // Trap: a deadline after an until word, with no start, is still read.
    assert_eq!(
        read("Pendaftaran ditutup hingga 22 Oktober di kantor desa.").len(),
        1
    );
    for body in [
        // Without a year, the end of a range joined by a word was read alone.
        "The race was held from 13 to 15 July in Paris.",
        "The race was held from the 13th to 15th July in Paris.",
        "Festival digelar dari 13 hingga 15 Juli di Bali.",
        // Nor its start with its month: read alone, it was a wrong day for all of it.
        "The fair ran from Oct. 2 to October 22 in Lyon.",
        "The fair ran from October 2 to October 22 in Lyon.",
        "Pameran berlangsung dari 2 Oktober hingga 22 Oktober di Bandung.",
        // A weekday counted within a month was read as the nearest such day.
        "The sale ends on the last Friday of October.",
        "Stores open on the first Monday of the month.",
        "The match is on Tuesday the 19th at the stadium.",
        "Rapat rutin digelar setiap Senin pertama.",
        // A week of a month or year was read as the week before publication.
        "Prices fell in the last week of January.",
        // Holy days and days of the Javanese week are names, not dates.
        "Umat Kristiani merayakan Jumat Agung dan Kamis Putih.",
        "Umat Katolik memperingati Rabu Abu di gereja.",
        "Ritual digelar setiap Selasa Kliwon.",
        "Churches marked Maundy Thursday.",
    ] {
        assert_eq!(read(body), [], "{body}");
    }
    // Traps: a weekday or week with a place after "in", a bare day and month, and a
    // weekday before another capitalised word still read.
    assert_eq!(
        read("He met them on Monday in Washington."),
        one("Monday", "2024-10-14")
    );
    assert_eq!(
        read("Prices fell last week in Jakarta."),
        one("last week", "2024-W41")
    );
    assert_eq!(
        read("The race was held on 15 July in Paris."),
        one("15 July", "2024-07-15")
    );
    assert_eq!(
        read("Rapat digelar Jumat di Istana Bogor."),
        one("Jumat", "2024-10-18")
    );
    // The month after the day counted within it is still read.
    assert_eq!(
        read("Rapat digelar pada Senin pertama bulan Juli."),
        one("bulan Juli", "2024-07")
    );
    // "I'll" marks the future: the coming Monday, not the last one. The day the quote was
    // said, after it closes, is past whatever the quote says.
    assert_eq!(
        read("\"I'll meet them on Monday,\" the mayor said on Thursday."),
        vec![
            ("Monday".to_string(), Some("2024-10-21".to_string())),
            ("Thursday".to_string(), Some("2024-10-17".to_string())),
        ]
    );
    assert_eq!(
        read("\"Kami akan menggelar rapat pekan ini,\" kata Budi, Kamis."),
        vec![
            ("pekan ini".to_string(), Some("2024-W42".to_string())),
            ("Kamis".to_string(), Some("2024-10-17".to_string())),
        ]
    );
    // Traps: a future marker in the date's own clause still makes it the next such day, and
    // a quoted name between them closes no quotation.
    assert_eq!(
        read("Budi mengatakan kami akan menggelar rapat Kamis."),
        one("Kamis", "2024-10-24")
    );
    assert_eq!(
        read("Pemkab akan memulai program \"Sekolah Rakyat\" pada Senin."),
        one("Senin", "2024-10-21")
    );
}

/// More forms of Recognizers-Text's English date specs that were read wrong: a year after
/// "of"/"in", an abbreviated month after a day name, a date a span is counted from, a
/// duration in two parts, an ordinal day name, a year out of range, a time's minutes.
#[test]
fn anchors_linked_years_and_abbreviated_months() {
    // Read right (published Friday 2024-10-18).
    assert_eq!(
        read("The vote was held on Tuesday, Oct 15, officials said."),
        one("Tuesday, Oct 15", "2024-10-15")
    );
    assert_eq!(
        read("Sales rose in June of 2017."),
        one("June of 2017", "2017-06")
    );
    assert_eq!(
        read("He was born on 15 April of 1987."),
        one("15 April of 1987", "1987-04-15")
    );
    assert_eq!(
        read("They travelled from 26 June to 28 June in 2020."),
        one("from 26 June to 28 June in 2020", "2020-06-26/2020-06-28")
    );
    assert_eq!(
        read("Produksi turun Mei hingga Juli 2023."),
        one("Mei hingga Juli 2023", "2023-05/2023-07")
    );
    // Not read: each was a wrong day.
    for body in [
        "The deal closed three days after January 12, 2019.",
        "Dua hari setelah 17 Agustus 2018, warga kembali.",
        "We met 1 month and 21 days ago.",
        "We met 1 month, 21 days ago.",
        "The fair opens on the second Sunday.",
        "The ship sailed on 5 December 1391.",
        "Wed Oct 16 15:50:06 2024 is the stamp.",
        "I bought it for $12 December 27.",
    ] {
        assert_eq!(read(body), [], "{body}");
    }
    // "Sunday of next week": the week is read, not the nearest Sunday.
    assert_eq!(
        read("Handle it on Sunday of next week."),
        one("next week", "2024-W43")
    );
    // Traps: the plain forms still read.
    assert_eq!(
        read("Setelah 17 Agustus 2018, warga kembali."),
        one("17 Agustus 2018", "2018-08-17")
    );
    assert_eq!(
        read("He worked there for two years from 2019."),
        one("2019", "2019")
    );
    assert_eq!(
        read("We met 21 days ago."),
        one("21 days ago", "2024-09-27")
    );
    assert_eq!(
        read("The fair opened last Sunday."),
        one("last Sunday", "2024-10-13")
    );
    assert_eq!(
        read("The ship sailed on 5 December 2019."),
        one("5 December 2019", "2019-12-05")
    );
    assert_eq!(
        read("Jan Smith said so on Monday."),
        one("Monday", "2024-10-14")
    );
}

/// The outcome of a `check` of one article published Wednesday 18 June 2025.
fn checked(body: &str) -> factlint::Outcome {
    let session = factlint::Session::new(factlint::Options::default()).unwrap();
    let text = format!("Rabu, 18 Juni 2025\nWarta Contoh\n\n{body}\n");
    let article = session.article("a.txt", text).unwrap();
    session.check_articles(vec![article]).unwrap()
}

/// The dates a `check` of one article (published Wednesday 18 June 2025) reports as
/// already past, as written.
fn reported_past(body: &str) -> Vec<String> {
    checked(body)
        .conflicts
        .iter()
        .filter(|c| c.kind == factlint::Kind::Dateline)
        .flat_map(|c| c.evidence.iter().skip(1).map(|e| e.text.clone()))
        .collect()
}

/// The dates a `check` of one article (published Wednesday 18 June 2025) reports as slips
/// of their month or year, with the conflict's severity.
fn reported_slips(body: &str) -> Vec<(String, factlint::Severity)> {
    checked(body)
        .conflicts
        .iter()
        .flat_map(|c| {
            c.evidence
                .iter()
                .filter(|e| matches!(e.role, factlint::conflict::Role::SlippedDate(_)))
                .map(|e| (e.text.clone(), c.severity))
        })
        .collect()
}

/// A later date is an anachronism when the text tells it as past: with its weekday (the
/// day something was said or done) more than `dateline_schedule_days` ahead when the
/// weekday does not fit it (a misdated day keeps the weekday of the day meant), more than
/// `dateline_calendar_days` ahead when it fits (nearer, it is a schedule's), as the day of
/// a statement, or with a past marker before it in its clause.
#[test]
fn later_dates_told_as_past_are_anachronisms() {
    assert_eq!(
        reported_past("JAKARTA - Polisi menangkap pelaku pada Jumat (12/7/2025) malam."),
        ["Jumat (12/7/2025)"]
    );
    assert_eq!(
        reported_past("JAKARTA - Polisi menangkap pelaku pada Sabtu (11/10/2025) malam."),
        ["Sabtu (11/10/2025)"]
    );
    // Trap: the weekday fits and the day is within `dateline_calendar_days`: written as a
    // schedule writes the coming weeks (Indonesian has no tense to tell the two apart).
    assert!(
        reported_past("JAKARTA - Polisi menangkap pelaku pada Sabtu (12/7/2025) malam.").is_empty()
    );
    // In a sentence, not a list: "Indonesia vs Brunei, Selasa, 14 Oktober 2025".
    assert_eq!(
        reported_past("JAKARTA - Indonesia menang atas Brunei pada Selasa, 14 Oktober 2025."),
        ["Selasa, 14 Oktober 2025"]
    );
    assert_eq!(
        reported_past("JAKARTA - Kapolres mengatakan kepada wartawan pada Senin (23/6/2025)."),
        ["Senin (23/6/2025)"]
    );
    // A year slip whose weekday fits the publication's date is told past too, and reported
    // once: as the `date` kind's slip, with the dateline's severity.
    let slip = "JAKARTA - Polisi menangkap pelaku pada Rabu (18/6/2026) malam.";
    assert!(reported_past(slip).is_empty());
    assert_eq!(
        reported_slips(slip),
        [("Rabu (18/6/2026)".to_string(), factlint::Severity::Error)]
    );
    assert_eq!(
        reported_past("JAKARTA - Gedung itu telah diresmikan pada 20 Agustus 2025."),
        ["20 Agustus 2025"]
    );
    // With one date told as past, the article's other later dates are evidence too.
    assert_eq!(
        reported_past(
            "JAKARTA - Menteri meninjau pelabuhan pada Kamis (19/6/2026). Dermaga kedua \
             dibangun pada Juli 2025."
        ),
        ["Kamis (19/6/2026)", "Juli 2025"]
    );
}

/// A day of an earlier year whose weekday fits it is a day of that year, whatever its
/// day and month: "Senin, 17 Juni 2024" in a report a year on is no year slip. A later
/// year so written is one (see `later_dates_told_as_past_are_anachronisms`).
#[test]
fn a_day_of_an_earlier_year_that_fits_its_weekday_is_no_slip() {
    let body = "JAKARTA - Pesawat itu hilang pada Senin, 17 Juni 2024, setahun lalu.";
    assert!(reported_past(body).is_empty());
    assert!(reported_slips(body).is_empty());
    let dateline = checked(body)
        .conflicts
        .iter()
        .filter(|c| c.kind == factlint::Kind::Dateline)
        .count();
    assert_eq!(dateline, 0);
    // Trap: told as still to come, a day of the year before is a slip of the year.
    let ahead = "JAKARTA - Laga itu akan berlangsung pada Senin, 17 Juni 2024 malam.";
    let slips: Vec<String> = checked(ahead)
        .conflicts
        .iter()
        .filter(|c| c.kind == factlint::Kind::Dateline)
        .map(|c| c.message.to_string())
        .collect();
    assert_eq!(slips.len(), 1, "{slips:?}");
    assert!(slips[0].contains("in another year"), "{slips:?}");
}

/// Deadlines, edges of periods, schedules, projections and holidays may lie after the
/// publication date: no anachronism.
#[test]
fn later_dates_of_deadlines_and_schedules_are_no_anachronisms() {
    let none: Vec<String> = Vec::new();
    for body in [
        // Until words right before the date.
        "Bandara ditutup hingga 19 Juni 2025 karena erupsi.",
        "Kontrak pemain itu berlaku sampai Juni 2029.",
        "Kebijakan diperpanjang hingga 31 Desember 2025.",
        "Harga baru berlaku per 1 Juli 2025.",
        "Pendaftaran dibuka mulai 1 Juli 2025.",
        "Berkas harus diserahkan sebelum 1 Agustus 2025.",
        // A schedule, a projection, a holiday, a target: no weekday, no past marker.
        "Adapun jadwal cum date di pasar reguler tanggal 20 Juni 2025.",
        "Jumlah lansia diperkirakan mencapai 48,2 juta jiwa pada 2035.",
        "Pada 5 September 2025 diperingati Maulid Nabi Muhammad SAW.",
        "Targetnya, tahun 2030 seluruh desa teraliri listrik.",
        // Items of a list of days: a schedule, however far ahead.
        "Jadwal laga:\n\n- Selasa, 15 Juli 2025: Indonesia vs Brunei.\n- Jumat, 18 Juli 2025: \
         Indonesia vs Filipina.",
        "Daftar libur:\n\n1. Minggu, 17 Agustus 2025\n2. Minggu, 31 Agustus 2025",
        // A line of a date and a few words, with no bullet: a list all the same.
        "Daftar libur:\n\nMinggu, 17 Agustus 2025 (HUT ke-80 RI)\n\nMinggu, 31 Agustus 2025",
        // A line opening with the date and a colon: a calendar's entry, however long its
        // label (old archive: a list of the year's remaining holidays).
        "Mengutip SKB, tersisa lima tanggal merah. Berikut rinciannya.\n\n- Libur nasional\n\
         Jumat, 27 Juni 2025: 1 Muharam Tahun Baru Islam 1447 Hijriah\n\
         Kamis, 25 Desember 2025: Kelahiran Yesus Kristus (Natal)",
        // A day of the coming two weeks with its weekday: an announced schedule.
        "Kawasan Bromo ditutup untuk ritual adat pada Minggu (22/6/2025).",
        // The day of what comes after what the clause tells ("sebelum final ... pada"): it
        // may lie ahead, weekday or not.
        "Insiden itu terjadi beberapa pekan sebelum final kontes pada Jumat (8/8/2025) di Bangkok.",
        "Tim berlatih keras menjelang laga pada Sabtu, 9 Agustus 2025.",
        // A day of the calendar: a holiday, or a date that falls on a weekday.
        "Ada hari libur nasional untuk memperingati Maulid Nabi pada Jumat, 5 September 2025.",
        "Semua tanggal merah jatuh pada hari Minggu, termasuk HUT RI pada Minggu, 17 Agustus 2025.",
        // A past marker after the date tells what holds by then.
        "Komisi III memastikan Januari 2026 sudah ada KUHAP baru.",
        "Perpanjangan HGB telah dilakukan sampai dengan tanggal 24 September 2036.",
        // What is announced often lies ahead: "announced" is no past marker.
        "Gubernur Christie announced he is running for president in 2026.",
        // A later month, year or period with a past marker in its clause: the marker is the
        // act's (setting a budget, signing a contract), the date the plan's or the term's.
        "Pemerintah telah menetapkan biaya pengadaan kendaraan dinas pada tahun 2026.",
        "Kemenag telah menetapkan syarat kesehatan ibadah haji tahun 2026.",
        "Kesepakatan telah dicapai menuju penyelesaian perundingan pada bulan September 2025.",
        "Kedua klub telah sepakat, dengan kontrak dari 1 Juli 2025 hingga 30 Juni 2031.",
    ] {
        assert_eq!(reported_past(body), none, "{body}");
    }
    // Traps: a later year after a since word is past by its wording, and a later day with a
    // past marker is still told as past.
    assert_eq!(
        reported_past("NATO telah mengundang para pemimpin Asia sejak tahun 2026."),
        ["2026"]
    );
    assert_eq!(
        reported_past("Menteri telah bertemu Presiden pada 20 Juli 2025."),
        ["20 Juli 2025"]
    );
    // An ahead word after the date, or in another clause, leaves the weekday to tell it.
    assert_eq!(
        reported_past("Polisi menangkap pelaku pada Jumat (10/10/2025) sebelum subuh."),
        ["Jumat (10/10/2025)"]
    );
    // A line that opens with the date and goes on as a sentence: told past by its weekday.
    assert_eq!(
        reported_past(
            "Minggu, 30 November 2025, warga desa bergotong royong membersihkan saluran."
        ),
        ["Minggu, 30 November 2025"]
    );
}

/// A month named with "bulan" before it and a modifier after ("bulan September
/// mendatang"): the modifier says which September (it was read as the last one).
#[test]
fn a_modifier_after_bulan_and_a_month_says_which() {
    assert_eq!(
        read("Libur panjang jatuh pada bulan September mendatang."),
        one("bulan September mendatang", "2025-09")
    );
    assert_eq!(
        read("Harga naik pada bulan Juli lalu."),
        one("bulan Juli lalu", "2024-07")
    );
    // Trap: no modifier after it, the nearest in the clause's tense.
    assert_eq!(
        read("Harga naik pada bulan Juli."),
        one("bulan Juli", "2024-07")
    );
}

/// "Sebulan yang lalu", "seminggu lalu", "2 bln lalu": relative forms of one unit (the "se-"
/// words) and short unit words, read against the publication date (issue 16, cause 8).
#[test]
fn one_unit_ago_and_short_units_are_read() {
    for (body, text, iso) in [
        ("Ia tiba sebulan yang lalu.", "sebulan yang lalu", "2024-09"),
        ("Ia tiba seminggu lalu.", "seminggu lalu", "2024-W41"),
        (
            "Ia tiba seminggu yang lalu.",
            "seminggu yang lalu",
            "2024-W41",
        ),
        ("Ia tiba setahun yang lalu.", "setahun yang lalu", "2023"),
        (
            "Ia tiba sehari yang lalu.",
            "sehari yang lalu",
            "2024-10-17",
        ),
        ("Pabrik itu tutup 2 bln lalu.", "2 bln lalu", "2024-08"),
        ("Pabrik itu tutup 3 thn lalu.", "3 thn lalu", "2021"),
    ] {
        let found = rows_published(body);
        assert_eq!(found.len(), 1, "{body}: {found:?}");
        assert_eq!(found[0].0, text, "{body}");
        assert_eq!(found[0].1.as_deref(), Some(iso), "{body}");
    }
    // Traps: "seminggu" alone is a duration, not a date; "bln" without a direction word
    // is no date either.
    assert_eq!(rows_published("Ia dirawat seminggu di rumah sakit."), []);
    assert_eq!(rows_published("Cicilan 2 bln pertama gratis."), []);
}

/// An embedded post's signature ("— Jane Doe (@janedoe) October 11, 2023") dates the post,
/// often in another time zone, not an event of the story (issue 16, cause 9).
#[test]
fn the_date_of_an_embedded_post_is_no_event() {
    assert_eq!(
        rows_published("The vote was close.\n\n— Jane Doe (@janedoe) October 11, 2024\n"),
        []
    );
    // Traps: a handle in the text, or a bracketed handle with words between it and the
    // date, leaves the date an event.
    assert_eq!(
        rows_published("Jane Doe (@janedoe) said on October 11, 2024 that the vote was close.")
            .len(),
        1
    );
    assert_eq!(
        rows_published("Unggahan akun Instagram @gazaflotilla pada Senin (14/10/2024) ramai.")
            .len(),
        1
    );
}

#[test]
fn a_weekday_picks_the_year_of_a_day_and_month() {
    // Published 18 October 2024: 14 February is nearest in 2025, but only 2024's was a
    // Wednesday ("Friday, Sept. 14" in an article of May 2013 is 2012's).
    assert_eq!(
        rows_published("The talks began on Wednesday, February 14, in Geneva."),
        [row(
            "Wednesday, February 14",
            Some("2024-02-14"),
            "weekday+day-month",
            Some(Weekday::Wed)
        )]
    );
    // Control: 2025's, the nearest, was a Friday.
    assert_eq!(
        rows_published("The talks began on Friday, February 14, in Geneva."),
        [row(
            "Friday, February 14",
            Some("2025-02-14"),
            "weekday+day-month",
            Some(Weekday::Fri)
        )]
    );
    // Trap: a weekday that fits none of the three years keeps the nearest (its slip is
    // `weekday`'s to report).
    assert_eq!(
        rows_published("The talks began on Thursday, February 14, in Geneva."),
        [row(
            "Thursday, February 14",
            Some("2025-02-14"),
            "weekday+day-month",
            Some(Weekday::Thu)
        )]
    );
}

/// More forms of Recognizers-Text's and Duckling's English specs that were read wrong: a
/// year in words, a year of two digits, a span counted from a time in the story ("two days
/// later", "the following Friday"), a day number after a day name, a day beside a span
/// counted ahead, a span counted from a day ("3 days from Tuesday"), "this September".
#[test]
fn years_in_words_story_times_and_spans_beside_a_day() {
    // Read right (published Friday 2024-10-18).
    assert_eq!(
        read("They arrived on 13 Sept nineteen seventy two."),
        one("13 Sept nineteen seventy two", "1972-09-13")
    );
    assert_eq!(
        read("The conference was in October two thousand and five."),
        one("October two thousand and five", "2005-10")
    );
    assert_eq!(
        read("She was born on January twenty five nineteen eighty six."),
        one("January twenty five nineteen eighty six", "1986-01-25")
    );
    assert_eq!(
        read("The ship sailed on September 10, nineteen zero one."),
        one("September 10, nineteen zero one", "1901-09-10")
    );
    // "this September" is the September of the publication year, whatever the tense.
    assert_eq!(
        read("The plant will be closed as it was this September."),
        one("this September", "2024-09")
    );
    assert_eq!(
        read("The board meets on the coming Thursday."),
        one("coming Thursday", "2024-10-24")
    );
    // A duration from a date starts there: the date is read.
    assert_eq!(
        read("Posko dibuka selama tiga hari setelah 17 Agustus 2024."),
        one("17 Agustus 2024", "2024-08-17")
    );
    // Not read: each was a wrong day or month.
    for body in [
        "I was born in April of 87.",
        "I was born in April '87.",
        "He was born on 15 April of 87.",
        "The man was released two days later.",
        "Three weeks earlier, he had been fined.",
        "Do you have any arrangement on Sunday 31!",
        "It will happen 3 days from Tuesday.",
        "It will happen 2 weeks from January 15.",
        "Where were you on previous Wednesday?",
        "On the following Friday he left.",
        "Rapat lanjutan digelar Jumat berikutnya.",
        "We met last week-end.",
        "I'll go back Sunday 3 weeks after January 15th.",
    ] {
        assert_eq!(read(body), [], "{body}");
    }
    // A day beside a span counted ahead: the span is read, not the nearest such day.
    assert_eq!(
        read("I'll go back Thursday, two years from now."),
        one("two years from now", "2026")
    );
    assert_eq!(
        read("I'll go back Monday two weeks from now."),
        one("two weeks from now", "2024-W44")
    );
    // Traps: a number word that is no year, a count after a day name, a span counted back
    // or set off by a comma, the hour of a time, a duration word before the span.
    assert_eq!(
        read("In October two people died."),
        one("October", "2024-10")
    );
    assert_eq!(
        read("On Sunday 31 people were hurt."),
        one("Sunday", "2024-10-13")
    );
    assert_eq!(
        read("On Monday, two days ago, police came."),
        vec![
            ("Monday".to_string(), Some("2024-10-14".to_string())),
            ("two days ago".to_string(), Some("2024-10-16".to_string())),
        ]
    );
    assert_eq!(
        read("He resigned on Monday, two weeks after the vote."),
        one("Monday", "2024-10-14")
    );
    assert_eq!(
        read("The vote was on Thursday 8:00 GMT."),
        one("Thursday", "2024-10-17")
    );
    assert_eq!(
        read("Rapat digelar Jumat di Istana."),
        one("Jumat", "2024-10-18")
    );
    assert_eq!(
        read("He was born in April 1987."),
        one("April 1987", "1987-04")
    );
}

/// The dates of `body` (published 2024-10-18) that are some event's day (they have a
/// frame): an item of a list of dates, or a date after an `as_of` word, is not.
fn event_days(body: &str) -> Vec<String> {
    article(&format!("{PUBLISHED}{body}"))
        .1
        .into_iter()
        .filter(|c| c.frame.is_some())
        .map(|c| c.text)
        .collect()
}

#[test]
fn a_date_of_a_list_is_no_day_of_one_event() {
    // Bare days before a date of their month, and dates side by side joined by commas and
    // "dan"/"and": several days, none the one day of an event.
    let listed = "Kereta Prameks beroperasi pada 7, 8, dan 9 Oktober 2024 dari Stasiun Tugu.";
    assert!(event_days(listed).is_empty(), "{:?}", event_days(listed));
    let listed =
        "Jadwal KRL pada Jumat (18/10/2024), Sabtu (19/10/2024), dan Minggu (20/10/2024) diubah.";
    assert!(event_days(listed).is_empty(), "{:?}", event_days(listed));
    let listed = "Sidang digelar pada 14 dan 15 Oktober 2024 di Jakarta.";
    assert!(event_days(listed).is_empty(), "{:?}", event_days(listed));
    let listed = "The court sat on October 14 and October 16, 2024 in Jakarta.";
    assert_eq!(event_days(listed), Vec::<String>::new());
    // Controls: one date, the same sentences.
    let one = "Kereta Prameks beroperasi pada 9 Oktober 2024 dari Stasiun Tugu.";
    assert_eq!(event_days(one), ["9 Oktober 2024"]);
    // Traps: a day name and its date split by a comma are one date; a date and a count
    // after its comma, a decimal number before it ("3,5"), or a date on the next line are
    // no list.
    let weekday = "Banjir melanda Kampung Melayu pada Jumat, 18 Oktober 2024, kata warga.";
    assert_eq!(event_days(weekday).len(), 1, "{:?}", event_days(weekday));
    let count = "Banjir melanda Kampung Melayu pada 17 Oktober 2024, 12 rumah terendam.";
    assert_eq!(event_days(count), ["17 Oktober 2024"]);
    let decimal =
        "Gempa bermagnitudo 3,5 Oktober lalu tidak merusak. Banjir terjadi pada 16 Oktober 2024.";
    assert!(
        event_days(decimal).contains(&"16 Oktober 2024".to_string()),
        "{:?}",
        event_days(decimal)
    );
    let lines =
        "Banjir melanda Kampung Melayu pada 16 Oktober 2024 dan\n17 Oktober 2024 warga mengungsi.";
    assert_eq!(event_days(lines).len(), 2, "{:?}", event_days(lines));
}

#[test]
fn a_date_naming_an_instance_of_a_series_is_no_event_day() {
    // "periode Mei 2024": which monthly report, not the day something happened.
    let period = "BPOM menemukan 15 produk ilegal dalam pengawasan periode September 2024.";
    assert!(event_days(period).is_empty(), "{:?}", event_days(period));
    let edition = "The winners of the edition of October 2024 were named in Jakarta.";
    assert!(event_days(edition).is_empty(), "{:?}", event_days(edition));
    let named = "The winners of the contest were named in Jakarta in October 2024.";
    assert_eq!(event_days(named), ["October 2024"]);
    // Control: the same finding dated without the series word.
    let found = "BPOM menemukan 15 produk ilegal dalam pengawasan pada September 2024.";
    assert_eq!(event_days(found), ["September 2024"]);
}

#[test]
fn the_year_a_figure_is_compared_with_is_no_event_day() {
    // "naik 81% dibandingkan (dengan) tahun 2023": the baseline of a comparison, right
    // before the date or before its year cue.
    for body in [
        "Pendapatan perusahaan itu naik 81 persen dibandingkan tahun 2023.",
        "Pendapatan perusahaan itu naik 81 persen dibandingkan dengan tahun 2023.",
        "Pendapatan perusahaan itu naik 81 persen ketimbang 2023.",
        "Revenue rose 81 percent compared with 2023.",
    ] {
        let days = event_days(body);
        assert!(!days.iter().any(|d| d.contains("2023")), "{body}: {days:?}");
    }
    // Control: the year the figure is of stays an event's.
    let of = "Pendapatan perusahaan itu pada tahun 2024 naik 81 persen.";
    assert!(
        event_days(of).iter().any(|d| d.contains("2024")),
        "{:?}",
        event_days(of)
    );
}

/// "this Sunday", "Senin ini": the day of the week of publication (a Friday here), whichever
/// side of the day of publication it falls on; it was read as the last such day before it.
#[test]
fn a_weekday_of_this_week_is_of_the_week_of_publication() {
    assert_eq!(
        read("We meet this Sunday in the capital."),
        one("this Sunday", "2024-10-20")
    );
    assert_eq!(
        read("Rapat digelar Senin ini di balai kota."),
        one("Senin ini", "2024-10-14")
    );
    // Traps: last and next still count back and on from publication.
    assert_eq!(
        read("We met last Sunday in the capital."),
        one("last Sunday", "2024-10-13")
    );
    assert_eq!(
        read("We meet next Monday in the capital."),
        one("next Monday", "2024-10-21")
    );
}

/// The conflicts of a `check` of one article with the given header line (no weekday: the
/// header names no day of the week a slip could fit), as (kind id, evidence texts).
fn checked_under(header: &str, body: &str) -> Vec<(String, Vec<String>)> {
    let session = factlint::Session::new(factlint::Options::default()).unwrap();
    let text = format!("{header}\nWarta Contoh\n\n{body}\n");
    let article = session.article("a.txt", text).unwrap();
    let outcome = session.check_articles(vec![article]).unwrap();
    outcome
        .conflicts
        .iter()
        .map(|c| {
            let texts = c.evidence.iter().map(|e| e.text.clone()).collect();
            (c.kind.id().to_string(), texts)
        })
        .collect()
}

/// A date with a weekday it does not fall on, which with its month one off (or its year
/// one keystroke off) is the publication day, while as written it lies before a day the
/// article reports: the statement is dated before what it tells of (`dateline`, with the
/// later day as evidence), beside the `weekday` conflict.
#[test]
fn a_slip_dated_before_the_event_it_tells_of_is_an_anachronism() {
    // Published Wednesday 18 June 2025.
    let header = "Qzar.com, 18 Juni 2025";
    let sank = "BANYUWANGI - Kapal KAsuari tenggelam di Selat Zorblat pada Rabu (4/6/2025).";
    let said = |date: &str| format!("{sank} \"Posisi kapal miring,\" ujar komandan, pada {date}.");
    let before = |found: &[(String, Vec<String>)]| {
        found
            .iter()
            .filter(|(k, _)| k == "dateline")
            .map(|(_, e)| e[1..].to_vec())
            .collect::<Vec<_>>()
    };
    // The month one off (18 May 2025 was a Sunday), and the year one keystroke off (18
    // June 2024 was a Tuesday).
    for date in ["Rabu (18/5/2025)", "Rabu (18/6/2024)"] {
        let found = checked_under(header, &said(date));
        assert_eq!(
            before(&found),
            [[date.to_string(), "Rabu (4/6/2025)".to_string()]],
            "{found:?}"
        );
        assert!(found.iter().any(|(k, _)| k == "weekday"), "{found:?}");
    }
    // Traps: the weekday fits no publication day with the month one off (a Tuesday); the
    // day of the month is another; the month is two off.
    for date in ["Selasa (18/5/2025)", "Rabu (17/5/2025)", "Rabu (18/4/2025)"] {
        let found = checked_under(header, &said(date));
        assert!(before(&found).is_empty(), "{date}: {found:?}");
    }
    // Trap: no day of the article lies after the slipped one.
    let alone = "\"Posisi kapal miring,\" ujar komandan, pada Rabu (18/5/2025).";
    let found = checked_under(header, alone);
    assert!(before(&found).is_empty(), "{found:?}");
    // Trap: the later day is the publication day itself, maybe the slip's own day written
    // right: the slip is the `date` kind's, reported once.
    let today = "Kapal KAsuari tenggelam di Selat Zorblat pada Rabu (18/6/2025). \"Posisi kapal \
                 miring,\" ujar komandan, pada Rabu (18/5/2025).";
    let found = checked_under(header, today);
    assert!(before(&found).is_empty(), "{found:?}");
    // Trap: a header with a weekday the slip fits: the `date` kind reports the slip of the
    // month, once.
    let found = checked_under("Rabu, 18 Juni 2025", &said("Rabu (18/5/2025)"));
    assert!(before(&found).is_empty(), "{found:?}");
    assert!(found.iter().any(|(k, _)| k == "date"), "{found:?}");
    // Control: the right date.
    let found = checked_under(header, &said("Rabu (18/6/2025)"));
    assert!(found.is_empty(), "{found:?}");
}

/// "jatuh pada" alone is a fall or a crash, no calendar word: a bare weekday after it is the
/// last such day before publication (Friday 18 October 2024: the Thursday before), as after
/// any verb; a holiday's words still make the clause the calendar's, ahead.
#[test]
fn a_crash_on_a_weekday_is_the_last_such_day() {
    assert_eq!(
        read("Pesawat Qzar Air jatuh pada Kamis di Wanasari."),
        one("Kamis", "2024-10-17")
    );
    assert_eq!(
        read("Hari libur nasional berikutnya jatuh pada Kamis."),
        one("Kamis", "2024-10-24")
    );
}

/// A date that closes a speech attribution (`katanya, Senin (30/6/2025)`, `kata Kapolres ...
/// Budi Santoso, Senin (30/6/2025)`) is the day of a statement: told as past, so a later one
/// is an anachronism even when its weekday fits (a schedule's otherwise).
#[test]
fn the_day_closing_a_speech_attribution_is_told_as_past() {
    assert_eq!(
        reported_past("\"Pasar masih sepi,\" katanya, Senin (30/6/2025)."),
        ["Senin (30/6/2025)"]
    );
    assert_eq!(
        reported_past(
            "\"Pelaku sudah kami tangkap,\" kata Kapolres Qzarkota AKBP Budi Santoso, pada Senin (30/6/2025)."
        ),
        ["Senin (30/6/2025)"]
    );
    // Traps: a place before the comma, no speech word.
    assert!(reported_past("Warga datang ke Qzarkota, Senin (30/6/2025).").is_empty());
    assert!(reported_past("Pasar itu sepi pembeli, Senin (30/6/2025).").is_empty());
}
