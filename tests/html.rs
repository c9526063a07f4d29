//! `check --format html`: the page on the seeds (snapshot), then opened in a real browser
//! (headless Chromium): every conflict and every evidence span is on it, the filters work,
//! article text cannot inject markup, and a screenshot is taken (copied to
//! `docs/report.png` when `FACTLINT_UPDATE_SCREENSHOT=1`).
//!
//! Chromium is required: without it these tests fail (`.ci/run` installs the Debian package
//! `chromium`). `FACTLINT_CHROMIUM` names another binary (`google-chrome`, ...).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{factlint, factlint_in, temp_dir};
use serde_json::Value;

// ---------------------------------------------------------------------------------------
// The browser

/// Longest a single Chromium run may take.
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

fn chromium_binary() -> String {
    std::env::var("FACTLINT_CHROMIUM").unwrap_or_else(|_| "chromium".to_string())
}

/// Runs headless Chromium with `args` then `url`, its own profile in `dir`; returns its
/// standard output. Fails the test when Chromium is missing, fails or hangs.
fn chromium(dir: &Path, name: &str, args: &[&str], url: &str) -> String {
    let binary = chromium_binary();
    let stdout_path = dir.join(format!("{name}.stdout"));
    let stderr_path = dir.join(format!("{name}.stderr"));
    let profile = dir.join(format!("{name}.profile"));
    let mut child = Command::new(&binary)
        .args(["--headless=new", "--no-sandbox", "--disable-gpu"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(std::fs::File::create(&stdout_path).expect("create stdout file"))
        .stderr(std::fs::File::create(&stderr_path).expect("create stderr file"))
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `{binary}` ({e}). The HTML report tests open the page in headless \
                 Chromium: install it (`apt-get install chromium`, as .ci/run does) or set \
                 FACTLINT_CHROMIUM to a Chromium or Chrome binary."
            )
        });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for chromium") {
            break status;
        }
        if started.elapsed() > BROWSER_TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("`{binary}` did not finish within {BROWSER_TIMEOUT:?} on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let stderr = std::fs::read_to_string(&stderr_path).unwrap_or_default();
    assert!(
        status.success(),
        "`{binary}` failed ({status}) on {url}:\n{stderr}"
    );
    std::fs::read_to_string(&stdout_path).expect("chromium output is UTF-8")
}

/// The DOM of `page` after its script ran, as Chromium serialises it.
fn dump_dom(dir: &Path, name: &str, page: &Path, hash: &str) -> String {
    let dom = chromium(dir, name, &["--dump-dom"], &file_url(page, hash));
    assert!(
        dom.contains("</html>"),
        "chromium printed no DOM for {}:\n{dom}",
        page.display()
    );
    dom
}

fn file_url(path: &Path, hash: &str) -> String {
    let path = path
        .display()
        .to_string()
        .replace('%', "%25")
        .replace(' ', "%20");
    format!("file://{path}{hash}")
}

// ---------------------------------------------------------------------------------------
// Reading the DOM (Chromium's serialisation: attributes in double quotes, as written)

/// Each `<name ...>` element in `dom`: its opening tag and what is between it and the next
/// `</name>` (enough for elements that do not nest, `mark` and `article` here).
fn elements<'a>(dom: &'a str, name: &str) -> Vec<(&'a str, &'a str)> {
    let (open, close) = (format!("<{name} "), format!("</{name}>"));
    let mut found = Vec::new();
    let mut rest = dom;
    while let Some(i) = rest.find(&open) {
        let after = &rest[i..];
        let tag_end = after.find('>').expect("tag ends") + 1;
        let inner_end = after[tag_end..].find(&close).expect("element closes") + tag_end;
        found.push((&after[..tag_end], &after[tag_end..inner_end]));
        rest = &after[inner_end..];
    }
    found
}

/// The value of attribute `name` in opening tag `tag`, unescaped.
fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let len = tag[start..].find('"')?;
    Some(unescape(&tag[start..start + len]))
}

fn has_attr(tag: &str, name: &str) -> bool {
    tag.contains(&format!(" {name}=\"")) || tag.contains(&format!(" {name}>"))
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&nbsp;", "\u{a0}")
        .replace("&amp;", "&")
}

/// The conflicts of the page, by fingerprint: (opening tag, content).
fn conflict_elements(dom: &str) -> Vec<(String, &str, &str)> {
    elements(dom, "article")
        .into_iter()
        .filter_map(|(tag, inner)| Some((attr(tag, "data-fingerprint")?, tag, inner)))
        .collect()
}

/// Fingerprints of the conflicts the page shows (not hidden by a filter).
fn shown(dom: &str) -> Vec<String> {
    let mut shown: Vec<String> = conflict_elements(dom)
        .into_iter()
        .filter(|(_, tag, _)| !has_attr(tag, "hidden"))
        .map(|(fp, _, _)| fp)
        .collect();
    shown.sort();
    shown
}

// ---------------------------------------------------------------------------------------
// The report

fn seeds_html() -> String {
    let run = factlint(&["check", "seeds", "--format", "html"]);
    assert_eq!(run.stderr, "");
    assert_eq!(run.code, 1, "the seeds have warnings and an error");
    run.stdout
}

fn seeds_json() -> Value {
    let run = factlint(&["check", "seeds", "--format", "json"]);
    serde_json::from_str(&run.stdout).expect("JSON report")
}

fn conflicts(json: &Value) -> &Vec<Value> {
    json["conflicts"].as_array().expect("conflicts")
}

fn text<'a>(v: &'a Value, key: &str) -> &'a str {
    v[key].as_str().unwrap_or_else(|| panic!("{key} in {v}"))
}

/// Fingerprints of the conflicts in `json` that `keep` selects, sorted.
fn fingerprints(json: &Value, keep: impl Fn(&Value) -> bool) -> Vec<String> {
    let mut fps: Vec<String> = conflicts(json)
        .iter()
        .filter(|c| keep(c))
        .map(|c| text(c, "fingerprint").to_string())
        .collect();
    fps.sort();
    fps
}

fn write_page(dir: &Path, html: &str) -> PathBuf {
    let page = dir.join("report.html");
    std::fs::write(&page, html).expect("write page");
    page
}

#[test]
fn html_report_on_seeds() {
    let html = seeds_html();
    assert_eq!(html, seeds_html(), "the same inputs give the same bytes");
    snap!("html__seeds", html.clone());
    // Self-contained: nothing to fetch, every link within the page.
    for outside in ["<link", "<img", "<iframe", " src=", "url(", "@import"] {
        assert!(!html.contains(outside), "the page refers to {outside}");
    }
    for (i, _) in html.match_indices(" href=\"") {
        let target = &html[i + 7..];
        assert!(
            target.starts_with('#'),
            "a link out of the page: {}",
            target.chars().take(60).collect::<String>()
        );
    }
    assert!(html
        .contains("http-equiv=\"Content-Security-Policy\" content=\"default-src &#39;none&#39;;"));
}

#[test]
fn html_report_in_chromium() {
    let dir = temp_dir("html-chromium");
    let page = write_page(&dir, &seeds_html());
    let json = seeds_json();
    assert!(!conflicts(&json).is_empty());

    let dom = dump_dom(&dir, "all", &page, "");
    // The script ran (its CSP hash is right): the filter form is shown.
    let (form, _) = elements(&dom, "form")[0];
    assert!(
        attr(form, "id").as_deref() == Some("filters") && !has_attr(form, "hidden"),
        "the filters are not shown: {form}"
    );
    // Every conflict, with its subject and message, and every evidence span in a <mark>.
    let on_page = conflict_elements(&dom);
    let marks = elements(&dom, "mark");
    for c in conflicts(&json) {
        let fp = text(c, "fingerprint");
        let (_, tag, inner) = on_page
            .iter()
            .find(|(f, _, _)| f == fp)
            .unwrap_or_else(|| panic!("conflict {fp} is not on the page"));
        assert!(!has_attr(tag, "hidden"), "conflict {fp} is hidden: {tag}");
        assert_eq!(attr(tag, "data-kind").as_deref(), Some(text(c, "kind")));
        assert_eq!(
            attr(tag, "data-severity").as_deref(),
            Some(text(c, "severity"))
        );
        assert!(
            unescape(inner).contains(text(c, "message")),
            "message of {fp}"
        );
        assert!(
            unescape(&dom).contains(&format!("{}<span", text(c, "subject"))),
            "subject heading of {fp}"
        );
        for e in c["evidence"].as_array().expect("evidence") {
            let (path, line, column) = (
                text(e, "path"),
                e["line"].to_string(),
                e["column"].to_string(),
            );
            let found = marks.iter().any(|(tag, inner)| {
                attr(tag, "data-path").as_deref() == Some(path)
                    && attr(tag, "data-line") == Some(line.clone())
                    && attr(tag, "data-column") == Some(column.clone())
                    && unescape(inner) == text(e, "text")
            });
            assert!(
                found,
                "evidence {path}:{line}:{column} {:?} of {fp} is not marked",
                text(e, "text")
            );
        }
    }
    assert_eq!(on_page.len(), conflicts(&json).len(), "no other conflicts");
    // The timeline: an SVG, the out-of-line publication date and body dates highlighted.
    assert!(dom.contains("<svg "), "no timeline");
    assert!(
        dom.contains("class=\"pub ev\""),
        "the publication date in conflict"
    );
    assert!(
        dom.matches("class=\"m ev\"").count() >= 3,
        "dates in conflict"
    );

    // Filters from the URL hash.
    // (name, hash, kinds shown, severities shown; empty: all)
    let cases: [(&str, &str, &[&str], &[&str]); 3] = [
        ("spelling", "#kind=spelling", &["spelling"], &[]),
        ("errors", "#severity=error", &[], &["error"]),
        (
            "title-warnings",
            "#kind=title,dateline&severity=warning",
            &["title", "dateline"],
            &["warning"],
        ),
    ];
    for (name, hash, kinds, severities) in cases {
        let allows = |list: &[&str], value: &str| list.is_empty() || list.contains(&value);
        let keep =
            |c: &Value| allows(kinds, text(c, "kind")) && allows(severities, text(c, "severity"));
        let expected = fingerprints(&json, keep);
        assert!(!expected.is_empty(), "{hash} keeps some conflict");
        assert!(
            expected.len() < conflicts(&json).len(),
            "{hash} hides some conflict"
        );
        let filtered = dump_dom(&dir, name, &page, hash);
        assert_eq!(shown(&filtered), expected, "conflicts shown with {hash}");
        let count = format!(
            ">{} of {} conflicts shown<",
            expected.len(),
            conflicts(&json).len()
        );
        assert!(filtered.contains(&count), "{count} with {hash}");
    }

    // A screenshot, for the README.
    let shot = dir.join("report.png");
    let size = "--window-size=1280,1600";
    chromium(
        &dir,
        "screenshot",
        &[
            &format!("--screenshot={}", shot.display()),
            size,
            "--hide-scrollbars",
        ],
        &file_url(&page, ""),
    );
    let png = std::fs::read(&shot).expect("the screenshot is written");
    assert!(
        png.starts_with(b"\x89PNG\r\n\x1a\n"),
        "the screenshot is a PNG"
    );
    assert!(
        png.len() > 50_000,
        "the screenshot is nearly empty ({} bytes)",
        png.len()
    );
    if std::env::var("FACTLINT_UPDATE_SCREENSHOT").as_deref() == Ok("1") {
        let docs = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs");
        std::fs::create_dir_all(&docs).expect("create docs/");
        std::fs::copy(&shot, docs.join("report.png")).expect("copy the screenshot");
    }
}

/// Two made-up articles with markup, ampersands and quotes in their text, outlet, title
/// and file names; one reports as past a date after its own publication date (a dateline
/// conflict whose subject is the outlet), and the two place one professor at two
/// universities (an affiliation conflict next to a `<script>` in the text).
fn write_hostile_articles(dir: &Path) {
    let a = "---\n\
             published: 2022-12-09\n\
             source: '<script>alert(\"outlet\")</script> & Co'\n\
             title: \"<img src=x onerror=alert('title')>\"\n\
             ---\n\
             Kampus Baru Dibuka\n\n\
             Profesor Natalia Rawung dari Universitas Kawanua Raya <script>alert(\"x\")</script> \
             menilai kerja sama itu penting & mendesak.\n\n\
             Kunjungan itu berlangsung pada hari Rabu, 3 Mei 2023 di Manado.\n";
    let b = "---\n\
             published: 2022-12-09\n\
             source: Warta Timur\n\
             ---\n\
             Kampus Baru Dibuka\n\n\
             Profesor Natalia Rawung dari Universitas Kawanua Jaya menilai kerja sama itu \
             \"penting\" <marquee>sekali</marquee>.\n";
    std::fs::write(dir.join("a&b.txt"), a).expect("write article");
    std::fs::write(dir.join("b'c <u>.txt"), b).expect("write article");
}

#[test]
fn html_escapes_article_text() {
    let dir = temp_dir("html-escape");
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).expect("create articles/");
    write_hostile_articles(&articles);
    let run = factlint_in(&dir, &["check", "articles", "--format", "html"]);
    assert_eq!(run.stderr, "");
    let html = &run.stdout;
    let json_run = factlint_in(&dir, &["check", "articles", "--format", "json"]);
    let json: Value = serde_json::from_str(&json_run.stdout).expect("JSON report");
    let kinds: Vec<&str> = conflicts(&json).iter().map(|c| text(c, "kind")).collect();
    assert_eq!(kinds, ["affiliation", "dateline"], "the planted conflicts");

    // The page's own script is the only element the text could have opened.
    assert_eq!(html.matches("<script").count(), 1, "one script element");
    for injected in ["<img", "<marquee", "<u>"] {
        assert!(!html.contains(injected), "{injected} got into the page");
    }
    assert!(html.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"));
    assert!(html.contains("&lt;script&gt;alert(&quot;outlet&quot;)&lt;/script&gt; &amp; Co"));
    assert!(html.contains("&lt;img src=x onerror=alert(&#39;title&#39;)&gt;"));
    assert!(html.contains("data-path=\"articles/b&#39;c &lt;u&gt;.txt\""));

    // And in the browser: the same elements, each span marked.
    let page = write_page(&dir, html);
    let dom = dump_dom(&dir, "escape", &page, "");
    assert_eq!(
        dom.matches("<script").count(),
        1,
        "one script element in the DOM"
    );
    for injected in ["<img", "<marquee", "<u>"] {
        assert!(!dom.contains(injected), "{injected} got into the DOM");
    }
    let marks = elements(&dom, "mark");
    for c in conflicts(&json) {
        for e in c["evidence"].as_array().expect("evidence") {
            assert!(
                marks.iter().any(|(tag, inner)| {
                    attr(tag, "data-path").as_deref() == Some(text(e, "path"))
                        && unescape(inner) == text(e, "text")
                }),
                "{e} is not marked"
            );
        }
    }
}
