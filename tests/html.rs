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
        // And to an element of the page.
        let id = &target[1..target.find('"').expect("attribute ends")];
        assert!(html.contains(&format!(" id=\"{id}\"")), "no element #{id}");
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
    // Issue 18: a value's passages beyond the first two are folded, closed, but on the page
    // (the marks above were found in them too).
    let folded = elements(&dom, "details");
    assert!(
        folded.iter().any(
            |(tag, inner)| attr(tag, "class").as_deref() == Some("passages")
                && !has_attr(tag, "open")
                && inner.contains("<summary>1 more passage</summary>")
                && inner.contains("<mark ")
        ),
        "no folded passages"
    );
    // Conflicts grouped by story: each in the section of its story.
    for (fp, _, _) in &on_page {
        let at = dom
            .find(&format!("data-fingerprint=\"{fp}\""))
            .expect("conflict");
        let section = dom[..at]
            .rfind("<section class=\"story-section\" id=\"")
            .expect("story");
        assert!(
            dom[section..at].contains("<h3>"),
            "{fp} has no story heading"
        );
    }
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

// ---------------------------------------------------------------------------------------
// Issue 18: one page per story above `html-pages-above` conflicts (`--html-dir DIR`)

/// The seeds copied into `dir/articles`, with a `factlint.yaml` that splits the HTML report
/// above `pages_above` conflicts.
fn seeds_with_config(dir: &Path, pages_above: usize) {
    let articles = dir.join("articles");
    std::fs::create_dir_all(&articles).expect("create articles/");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for entry in std::fs::read_dir(seeds).expect("read seeds") {
        let path = entry.expect("seed").path();
        std::fs::copy(&path, articles.join(path.file_name().expect("name"))).expect("copy");
    }
    std::fs::write(
        dir.join("factlint.yaml"),
        format!("html-pages-above: {pages_above}\n"),
    )
    .expect("write factlint.yaml");
}

/// The pages of folder `dir`: (name, text), sorted by name.
fn pages_in(dir: &Path) -> Vec<(String, String)> {
    let mut pages: Vec<(String, String)> = std::fs::read_dir(dir)
        .expect("read pages")
        .map(|e| {
            let path = e.expect("page").path();
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            (name, std::fs::read_to_string(&path).expect("page is UTF-8"))
        })
        .collect();
    pages.sort();
    pages
}

#[test]
fn html_dir_writes_an_index_and_a_page_per_story() {
    let dir = temp_dir("html-pages");
    seeds_with_config(&dir, 1);
    let run = factlint_in(&dir, &["check", "articles", "--html-dir", "report"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(run.stdout, "", "the pages are in the folder");
    assert!(
        run.stderr
            .starts_with("factlint: report/index.html and 2 story pages: 5 articles"),
        "{}",
        run.stderr
    );
    let json_run = factlint_in(&dir, &["check", "articles", "--format", "json"]);
    let json: Value = serde_json::from_str(&json_run.stdout).expect("JSON report");
    let pages = pages_in(&dir.join("report"));
    let names: Vec<&str> = pages.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names, ["index.html", "story-1.html", "story-2.html"]);

    // The index links to every story page and holds no conflict.
    let index = &pages[0].1;
    for name in &names[1..] {
        assert!(
            index.contains(&format!("href=\"{name}#")),
            "the index does not link to {name}"
        );
    }
    assert!(
        conflict_elements(index).is_empty(),
        "conflicts on the index"
    );
    // Every conflict is on exactly one story page, each link within the folder.
    for c in conflicts(&json) {
        let fp = text(c, "fingerprint");
        let on: Vec<&str> = pages
            .iter()
            .filter(|(_, html)| conflict_elements(html).iter().any(|(f, _, _)| f == fp))
            .map(|(n, _)| n.as_str())
            .collect();
        assert_eq!(on.len(), 1, "conflict {fp} is on {on:?}");
    }
    for (name, html) in &pages {
        for (i, _) in html.match_indices(" href=\"") {
            let target = &html[i + 7..];
            let page = target.split(['#', '"']).next().unwrap_or("");
            assert!(
                page.is_empty() || names.contains(&page),
                "{name} links out of the folder: {}",
                target.chars().take(60).collect::<String>()
            );
        }
    }

    // In the browser: the story page's filters work, and its evidence is marked.
    let story = dir.join("report/story-1.html");
    let dom = dump_dom(&dir, "story-page", &story, "");
    let (form, _) = elements(&dom, "form")[0];
    assert!(
        !has_attr(form, "hidden"),
        "the filters are not shown: {form}"
    );
    let on_page = conflict_elements(&dom);
    assert!(!on_page.is_empty());
    assert!(dom.contains(&format!(
        ">{} of {} shown<",
        on_page.len(),
        if on_page.len() == 1 {
            "1 conflict".to_string()
        } else {
            format!("{} conflicts", on_page.len())
        }
    )));
    let index_dom = dump_dom(&dir, "index-page", &dir.join("report/index.html"), "");
    assert!(index_dom.contains("story-1.html"));

    // The same bytes again, on one thread too.
    let again = temp_dir("html-pages-again");
    seeds_with_config(&again, 1);
    let run = factlint_in(
        &again,
        &[
            "--threads",
            "1",
            "check",
            "articles",
            "--html-dir",
            "report",
        ],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(pages_in(&again.join("report")), pages, "the same pages");

    // At or below the threshold the folder holds the single page; the story pages of the
    // earlier report are removed.
    std::fs::write(dir.join("factlint.yaml"), "html-pages-above: 300\n").unwrap();
    let run = factlint_in(&dir, &["check", "articles", "--html-dir", "report"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let single = pages_in(&dir.join("report"));
    assert_eq!(
        single.len(),
        1,
        "{:?}",
        single.iter().map(|p| &p.0).collect::<Vec<_>>()
    );
    let page = factlint_in(&dir, &["check", "articles", "--format", "html"]);
    assert_eq!(single[0].1, page.stdout, "index.html is the single page");
}

#[test]
fn html_dir_writes_nothing_on_bad_input() {
    let dir = temp_dir("html-pages-bad");
    seeds_with_config(&dir, 1);
    std::fs::write(dir.join("articles/broken.txt"), b"\xff\xfe not text").unwrap();
    let run = factlint_in(&dir, &["check", "articles", "--html-dir", "report"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("articles/broken.txt"), "{}", run.stderr);
    assert!(!dir.join("report").exists(), "a folder was written");
    std::fs::remove_file(dir.join("articles/broken.txt")).unwrap();

    // A file where the folder should be: one line naming it, the file untouched.
    std::fs::write(dir.join("taken"), "mine").unwrap();
    let run = factlint_in(&dir, &["check", "articles", "--html-dir", "taken"]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("taken"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(dir.join("taken")).unwrap(), "mine");

    // Another format cannot be written to a folder; -o and --html-dir exclude each other.
    let run = factlint_in(
        &dir,
        &["check", "articles", "--format", "json", "--html-dir", "r"],
    );
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--html-dir"), "{}", run.stderr);
    let run = factlint_in(
        &dir,
        &["check", "articles", "-o", "x.html", "--html-dir", "r"],
    );
    assert_eq!(run.code, 2);
    assert!(!dir.join("r").exists() && !dir.join("x.html").exists());
}
