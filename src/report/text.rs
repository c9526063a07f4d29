//! The text report for a person at a terminal, in the style of compiler diagnostics
//! (rendered by `annotate-snippets`): per conflict a title `severity[kind]: subject:
//! message`, then every evidence span in its source line, underlined and labelled with its
//! role and value under `--> path:line:column` (`:::` from the second span on), in the
//! order the sources were given, then a one-line hint and the kind's summary; last a
//! summary line. Colour only when `Style::color`; control characters of the articles are
//! shown as symbols, never written raw.

use std::collections::BTreeSet;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{first_chars, last_chars, listed, more_line, Report, Style, LISTED_EVIDENCE};
use crate::article::Article;
use crate::conflict::Conflict;
use crate::kinds::Severity;

/// Width the renderer fits a source line into; a longer line is shown as a window around
/// its span, cut with `...` on either side.
const WIDTH: usize = 120;

/// Characters of a line given to the renderer on either side of a span (and of the span):
/// more than it shows in [`WIDTH`], so it cuts the window where it would cut the line.
const WINDOW: usize = WIDTH;

pub fn render(report: &Report, style: Style) -> String {
    let mut out = Vec::new();
    // Writing to memory does not fail.
    let _ = write(report, style, &mut out);
    String::from_utf8(out).unwrap_or_default()
}

/// Conflicts rendered at once before their diagnostics are written: the report is written
/// as it is rendered, never held whole (246,000 conflicts make 144 MB of text).
const CHUNK: usize = 4096;

/// Writes the report of [`render`] to `w`, a chunk of conflicts at a time.
pub fn write(report: &Report, style: Style, w: &mut dyn std::io::Write) -> std::io::Result<()> {
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii)
    .term_width(WIDTH);
    // Diagnostics are rendered in parallel (the renderer is most of the time of a report of
    // many conflicts) and written in conflict order.
    use rayon::prelude::*;
    for chunk in report.conflicts.chunks(CHUNK) {
        let diagnostics: Vec<String> = chunk
            .par_iter()
            .map(|c| diagnostic(&renderer, report.articles, c, report.story_line(c)))
            .collect();
        for d in diagnostics {
            w.write_all(d.as_bytes())?;
            w.write_all(b"\n\n")?;
        }
    }
    let mut out = String::new();
    for line in report.reviewed_lines() {
        out.push_str(&line);
        out.push('\n');
    }
    out.push_str(&report.summary());
    if let Some(elapsed) = style.elapsed {
        out.push_str(&format!(" in {:.2} s", elapsed.as_secs_f64()));
    }
    out.push('\n');
    w.write_all(out.as_bytes())
}

/// One conflict as a diagnostic, without a trailing newline.
fn diagnostic(
    renderer: &Renderer,
    articles: &[Article],
    c: &Conflict,
    story: Option<String>,
) -> String {
    let level = match c.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let title = level
        .primary_title(format!("{}: {}", c.subject, c.message))
        .id(c.kind.id());
    let (listed, more) = listed(c);
    // The renderer reads every character of the source it is given, so it gets a window of
    // the span's line, not the line: an article may be one 4 MiB line with a conflict every
    // few words. The window is wider than the renderer shows, so it cuts the line as it
    // would the whole line; only the column of `-->` is then counted from the window's start
    // and is put right below.
    let mut columns = Vec::new();
    let snippets: Vec<_> = listed
        .iter()
        .map(|e| {
            let article = &articles[e.article];
            let text = article.text.as_str();
            let (ls, le) = article.lines.line_range(text, e.span.line);
            // Only the span's first line is shown: a span running past it is cut at its end.
            let start = e.span.start.clamp(ls, le);
            let end = e.span.end.clamp(start, le);
            let (before, _) = last_chars(&text[ls..start], WINDOW);
            let (span, _) = first_chars(&text[start..end], WINDOW);
            let end = start + span.len();
            let (after, _) = first_chars(&text[end..le], WINDOW);
            let (ws, we) = (start - before.len(), end + after.len());
            // Control characters in a file name are shown as symbols, as in the article text.
            let path = annotate_snippets::normalize_untrusted_str(&article.id);
            // Every origin is listed, so that they are matched in order.
            let shown = before.chars().count() + 1;
            columns.push((format!("{path}:{}:{shown}", e.span.line), e.span.column));
            Snippet::source(&text[ws..we])
                .path(path)
                .line_start(e.span.line)
                .annotation(
                    AnnotationKind::Primary
                        .span(start - ws..end - ws)
                        .label(label(&e.role.to_string(), &e.value)),
                )
        })
        .collect();
    let mut group = Group::with_title(title).elements(snippets);
    if more > 0 {
        group = group.element(Level::NOTE.message(more_line(more)));
    }
    if let Some(hint) = hint(articles, c) {
        // Messages are not normalised by the renderer: keep control characters of the
        // article text (an escape) out of the output.
        let hint = annotate_snippets::normalize_untrusted_str(&hint);
        group = group.element(Level::HELP.with_name("hint").message(hint));
    }
    if let Some(story) = story {
        let story = annotate_snippets::normalize_untrusted_str(&story);
        group = group.element(Level::NOTE.with_name("story").message(story));
    }
    let info = c.kind.info();
    group = group.element(Level::NOTE.message(format!(
        "{}: {} (`factlint explain {}`); fingerprint {}",
        info.id,
        info.summary,
        info.id,
        c.fingerprint(articles)
    )));
    fix_columns(renderer.render(&[group]), &columns)
}

/// `out` with each origin `path:line:shown` of `columns` (in the order they appear) given
/// its real column: the renderer counts columns from the start of the window it was given.
fn fix_columns(out: String, columns: &[(String, usize)]) -> String {
    if columns.iter().all(|(o, c)| o.ends_with(&format!(":{c}"))) {
        return out;
    }
    let mut fixed = String::with_capacity(out.len() + 8 * columns.len());
    let mut rest = out.as_str();
    for (origin, column) in columns {
        // An origin ends its line (before a colour's reset, if any).
        let at = rest.match_indices(origin.as_str()).find(|(i, m)| {
            matches!(
                rest.as_bytes().get(i + m.len()),
                None | Some(b'\n' | b'\x1b')
            )
        });
        let Some((i, m)) = at else { continue };
        let (line, _) = m.rsplit_once(':').unwrap_or((m, ""));
        fixed.push_str(&rest[..i]);
        fixed.push_str(&format!("{line}:{column}"));
        rest = &rest[i + m.len()..];
    }
    fixed.push_str(rest);
    fixed
}

/// The label under a span: its role and value, or the role alone when it already ends
/// with the value (`title Jenderal`).
fn label(role: &str, value: &str) -> String {
    if role.ends_with(value) {
        role.to_string()
    } else {
        format!("{role}: {value}")
    }
}

/// A one-line hint for `c`, from its evidence values: which value most sources give, or
/// that they are split; for a conflict inside one article, what to check there.
fn hint(articles: &[Article], c: &Conflict) -> Option<String> {
    let first = c.evidence.first()?;
    // Distinct values in evidence order, each with the articles that give it.
    let mut values: Vec<(&str, BTreeSet<usize>)> = Vec::new();
    for e in &c.evidence {
        match values.iter_mut().find(|(v, _)| *v == e.value) {
            Some((_, set)) => {
                set.insert(e.article);
            }
            None => values.push((&e.value, BTreeSet::from([e.article]))),
        }
    }
    let sources: BTreeSet<usize> = c.evidence.iter().map(|e| e.article).collect();
    let m = sources.len();
    // At most `LISTED_EVIDENCE` values are named, as spans are listed.
    let quoted = |vs: &[(&str, BTreeSet<usize>)]| {
        let mut list: Vec<String> = vs
            .iter()
            .take(LISTED_EVIDENCE)
            .map(|(v, _)| format!("\"{v}\""))
            .collect();
        if vs.len() > LISTED_EVIDENCE {
            list.push(format!("and {} more", vs.len() - LISTED_EVIDENCE));
        }
        list.join(", ")
    };
    // A kind with a hint of its own (its registry entry names it).
    if let Some(own) = c.kind.info().hint {
        return own(articles, c);
    }
    if values.len() == 1 && c.evidence.len() > 1 {
        return Some(format!("every span reads as \"{}\"", first.value));
    }
    if values.len() == 1 {
        return Some(format!(
            "\"{}\" is read as \"{}\": correct the part that is wrong",
            first.text, first.value
        ));
    }
    if m == 1 {
        return Some(format!(
            "one source gives {} values ({}): check which one it means",
            values.len(),
            quoted(&values)
        ));
    }
    let best = values.iter().map(|(_, s)| s.len()).max()?;
    let leaders: Vec<_> = values.iter().filter(|(_, s)| s.len() == best).collect();
    if let [(v, s)] = leaders[..] {
        // An article may give more than one value, so the leader may be in every source.
        Some(if s.len() == m {
            let also: BTreeSet<usize> = values
                .iter()
                .filter(|(w, _)| w != v)
                .flat_map(|(_, s)| s.iter().copied())
                .collect();
            format!(
                "all {m} sources say \"{v}\" ({} of them also something else)",
                also.len()
            )
        } else {
            format!("most sources ({} of {m}) say \"{v}\"", s.len())
        })
    } else {
        let mut split: Vec<String> = values
            .iter()
            .take(LISTED_EVIDENCE)
            .map(|(v, s)| format!("{} of {m} say \"{v}\"", s.len()))
            .collect();
        if values.len() > LISTED_EVIDENCE {
            split.push(format!("{} more values", values.len() - LISTED_EVIDENCE));
        }
        Some(format!(
            "sources are split: {}; check a primary source",
            split.join(", ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::conflict::{Evidence, Role};
    use crate::kinds::Kind;
    use crate::rules::Rules;

    fn article(id: &str, text: &str) -> Article {
        Article::new(id, text.to_string(), &Rules::builtin().unwrap()).unwrap()
    }

    fn evidence(articles: &[Article], a: usize, text: &str, nth: usize, value: &str) -> Evidence {
        let body = &articles[a].text;
        let start = body.match_indices(text).nth(nth).unwrap().0;
        Evidence {
            article: a,
            span: articles[a].span(start, start + text.len()),
            text: text.to_string(),
            value: value.to_string(),
            role: Role::FormOf { articles: 1 },
            claim: None,
        }
    }

    fn conflict(evidence: Vec<Evidence>) -> Conflict {
        Conflict {
            kind: Kind::Spelling,
            severity: Severity::Warning,
            subject: "Universitas Temple".into(),
            message: "one name spelt 2 ways".into(),
            stories: Vec::new(),
            evidence,
        }
    }

    fn render(articles: &[Article], conflicts: &[Conflict], style: Style) -> String {
        super::render(&Report::new(articles, &[], conflicts), style)
    }

    /// Three articles, two of which spell the name one way.
    fn sample() -> (Vec<Article>, Vec<Conflict>) {
        let articles = vec![
            article(
                "a.txt",
                "Judul\n\nProfesor dari Universitas Temple berkata.\n",
            ),
            article(
                "b.txt",
                "Judul\n\nProfesor dari Universitas Tempel berkata.\n",
            ),
            article(
                "c.txt",
                "Judul\n\nDosen Universitas Temple menyebut hal itu.\n",
            ),
        ];
        let conflicts = vec![conflict(vec![
            evidence(&articles, 0, "Universitas Temple", 0, "Universitas Temple"),
            evidence(&articles, 1, "Universitas Tempel", 0, "Universitas Tempel"),
            evidence(&articles, 2, "Universitas Temple", 0, "Universitas Temple"),
        ])];
        (articles, conflicts)
    }

    #[test]
    fn plain_output_has_no_colour_and_is_deterministic() {
        let (articles, conflicts) = sample();
        let out = render(&articles, &conflicts, Style::default());
        assert!(!out.contains('\x1b'), "{out}");
        assert_eq!(out, render(&articles, &conflicts, Style::default()));
        assert!(out.starts_with("warning[spelling]: Universitas Temple: one name spelt 2 ways\n"));
        // Every span with its file:line:column, in the order given.
        let a = out.find("a.txt:3:15").unwrap();
        let b = out.find("b.txt:3:15").unwrap();
        let c = out.find("c.txt:3:7").unwrap();
        assert!(a < b && b < c, "{out}");
        assert!(out.contains("= hint: most sources (2 of 3) say \"Universitas Temple\""));
        assert!(out.ends_with("\n3 articles, 0 claims, 1 conflict (0 error, 1 warning, 0 info)\n"));
    }

    /// An escape character in an article reaches the plain output only as a visible symbol.
    #[test]
    fn plain_output_escapes_control_characters() {
        let articles = vec![article(
            "a.txt",
            "Judul\n\nKamis, 5 Maret 2024\x1b[31m merah.\n",
        )];
        let mut e = evidence(&articles, 0, "Kamis, 5 Maret 2024\x1b[31m", 0, "2024-03-05");
        e.role = Role::WrittenAs(chrono::Weekday::Thu);
        let mut c = conflict(vec![e]);
        c.subject = "Kamis, 5 Maret 2024\x1b[31m".into();
        let out = render(&articles, &[c], Style::default());
        assert!(!out.contains('\x1b'), "{out}");
        assert!(
            out.contains("= hint: \"Kamis, 5 Maret 2024\u{241b}[31m\" is read as"),
            "{out}"
        );
    }

    #[test]
    fn colour_output_has_ansi_codes() {
        let (articles, conflicts) = sample();
        let style = Style {
            color: true,
            elapsed: None,
        };
        let out = render(&articles, &conflicts, style);
        assert!(out.contains('\x1b'), "{out}");
    }

    #[test]
    fn elapsed_only_when_given() {
        let (articles, conflicts) = sample();
        let plain = render(&articles, &conflicts, Style::default());
        assert!(plain.ends_with(" 0 info)\n"), "{plain}");
        let timed = render(
            &articles,
            &conflicts,
            Style {
                color: false,
                elapsed: Some(Duration::from_millis(123)),
            },
        );
        let last = timed.lines().last().unwrap();
        assert_eq!(
            last,
            "3 articles, 0 claims, 1 conflict (0 error, 1 warning, 0 info) in 0.12 s"
        );
        // Only the summary line differs.
        assert_eq!(
            timed.trim_end().strip_suffix(" in 0.12 s").unwrap(),
            plain.trim_end()
        );
    }

    #[test]
    fn no_conflicts_is_the_summary_alone() {
        let articles = vec![article("a.txt", "Judul\n\nIsi.\n")];
        let out = render(&articles, &[], Style::default());
        assert_eq!(
            out,
            "1 article, 0 claims, 0 conflicts (0 error, 0 warnings, 0 info)\n"
        );
    }

    /// The rendered line of source and the underline below it, for the snippet whose
    /// origin is `origin`.
    fn shown<'a>(out: &'a str, origin: &str) -> (&'a str, &'a str) {
        let lines: Vec<&str> = out.lines().collect();
        let at = lines.iter().position(|l| l.ends_with(origin)).unwrap();
        let source = lines[at + 2].split_once(" | ").unwrap().1;
        let under = lines[at + 3].split_once(" | ").unwrap().1;
        (source, under)
    }

    /// The underline starts under the span's first character and is as long as the span,
    /// in a long line with multibyte characters before and after the span, where only a
    /// window of the line is shown.
    #[test]
    fn underline_in_long_multibyte_line() {
        let before = "“Kami sudah berkoordinasi dengan café-café di sekitar kampus,” ujar Rektor \
                      Universitas Temple, André Sékou, dalam keterangan resmi yang diterima \
                      redaksi pada Selasa. Menurut ";
        let after = ", kerja sama itu “sangat penting” bagi mahasiswa asing yang belajar di \
                     Indonésie, terutama mereka yang datang dari Québec dan Liège.";
        let span = "Universitas Tempél";
        let line = format!("{before}{span}{after}");
        let articles = vec![article("a.txt", &format!("Judul\n\n{line}\n"))];
        let e = evidence(&articles, 0, span, 0, span);
        let column = e.span.column;
        assert_eq!(column, before.chars().count() + 1);
        let conflicts = vec![conflict(vec![e])];
        let out = render(&articles, &conflicts, Style::default());
        let origin = format!("a.txt:3:{column}");
        assert!(out.contains(&format!("--> {origin}\n")), "{out}");
        let (source, under) = shown(&out, &origin);
        // A window of the line: cut on the left, and shorter than the line.
        assert!(source.starts_with("..."), "{out}");
        assert!(source.chars().count() < line.chars().count(), "{out}");
        let at = source.find(span).expect("span shown");
        let col = source[..at].chars().count();
        let carets = under.chars().skip(col).take_while(|&c| c == '^').count();
        assert_eq!(under.chars().position(|c| c == '^'), Some(col), "{out}");
        assert_eq!(carets, span.chars().count(), "{out}");
        // The same span near the start of the line: no window, same check.
        let short = format!("Rektor {span} André “Sékou” berkata.");
        let articles = vec![article("b.txt", &format!("Judul\n\n{short}\n"))];
        let e = evidence(&articles, 0, span, 0, span);
        assert_eq!(e.span.column, 8);
        let out = render(&articles, &[conflict(vec![e])], Style::default());
        let (source, under) = shown(&out, "b.txt:3:8");
        assert_eq!(source, short);
        assert_eq!(
            under,
            format!("       {} form of 1 article: {span}", "^".repeat(18))
        );
    }
}
