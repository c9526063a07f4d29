//! Times each pipeline stage once on a folder of articles, at any scale (criterion's
//! `benches/stages.rs` repeats each stage and is for small inputs):
//!
//! ```sh
//! cargo run --release --example stages -- target/bench-corpus/10000
//! ```
//!
//! Prints one Markdown row per stage: wall and CPU time, MB of article text per CPU second,
//! and the process's
//! resident memory after the stage and its peak so far (Linux `/proc/self/status`). Each
//! stage is also reported on standard error as soon as it ends, so a run that is stopped
//! or runs out of memory still tells how far it got.

/// The allocator of the factlint binary (src/main.rs), so stage memory is the same.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[allow(dead_code)]
#[path = "../benches/gen/mod.rs"]
mod gen;

use std::path::PathBuf;
use std::time::Instant;

use factlint::config::Ignore;
use factlint::load::{load_articles, Limits};
use factlint::report::{render, Format, Report, Style};
use factlint::rules::Rules;

/// CPU time (user + system) of this process so far, in seconds, from `/proc/self/stat`
/// (in clock ticks of 1/100 s, the Linux default): wall time counts waiting for a CPU when
/// other processes share the machine, CPU time does not.
fn cpu() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // Fields after the command name, which is in parentheses and may hold spaces.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let ticks = |i: usize| fields.get(i).and_then(|v| v.parse::<f64>().ok());
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after ')'.
    match (ticks(11), ticks(12)) {
        (Some(u), Some(s)) => (u + s) / 100.0,
        _ => f64::NAN,
    }
}

/// (VmRSS, VmHWM) in MB, if the kernel tells.
fn memory() -> (f64, f64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kb = |key: &str| {
        status
            .lines()
            .find(|l| l.starts_with(key))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(f64::NAN, |v| v / 1024.0)
    };
    (kb("VmRSS:"), kb("VmHWM:"))
}

fn main() {
    let paths: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    if paths.is_empty() {
        eprintln!("usage: stages DIR...");
        std::process::exit(2);
    }
    let mut rows: Vec<(String, f64)> = Vec::new();
    let mut mem = Vec::new();
    let mut cpu_before = cpu();
    let mut time = |name: &str, start: Instant, rows: &mut Vec<(String, f64)>| {
        let secs = start.elapsed().as_secs_f64();
        let now = cpu();
        let cpu_secs = now - cpu_before;
        cpu_before = now;
        let (rss, hwm) = memory();
        eprintln!(
            "stages: {name}: {secs:.3} s, CPU {cpu_secs:.2} s, RSS {rss:.0} MB, peak {hwm:.0} MB"
        );
        rows.push((name.to_string(), secs));
        mem.push((cpu_secs, rss, hwm));
    };

    let t = Instant::now();
    let rules = Rules::builtin().expect("built-in rules");
    time("rules", t, &mut rows);
    let t = Instant::now();
    let articles = load_articles(
        &paths,
        &rules,
        Limits::default(),
        &Ignore::default(),
        &|_, _| {},
    )
    .unwrap_or_else(|e| {
        eprintln!("stages: {e}");
        std::process::exit(2)
    })
    .articles;
    time("load", t, &mut rows);
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let t = Instant::now();
    let mut tokens = 0;
    for a in &articles {
        tokens += factlint::text::tokenize(a.body()).len();
    }
    time("tokenize", t, &mut rows);
    let t = Instant::now();
    let mut claims = factlint::extract_all(&articles, &rules, &|_, _| {});
    time("extract", t, &mut rows);
    let t = Instant::now();
    let entities = factlint::group_entities(&mut claims, &rules);
    time("group entities", t, &mut rows);
    let t = Instant::now();
    let stories = factlint::stories::group(&articles, &claims, &entities, &rules);
    time("stories", t, &mut rows);
    let t = Instant::now();
    let events = factlint::group_events(&mut claims, &entities, &stories, &rules);
    time("group events", t, &mut rows);
    let t = Instant::now();
    let conflicts =
        factlint::reconcile::reconcile(&articles, &claims, &entities, &stories, &events, &rules);
    time("reconcile", t, &mut rows);
    let report = Report {
        entities: Some(&entities),
        events: Some(&events),
        stories: Some(&stories),
        ..Report::new(&articles, &claims, &conflicts)
    };
    let t = Instant::now();
    let json = render(Format::Json, &report, Style::default());
    time("render json", t, &mut rows);
    let t = Instant::now();
    let text = render(Format::Text, &report, Style::default());
    time("render text", t, &mut rows);

    println!(
        "{} articles, {:.1} MB, {} tokens, {} claims, {} entity groups, {} event groups, {} conflicts; json {:.1} MB, text {:.1} MB",
        articles.len(),
        bytes as f64 / 1e6,
        tokens,
        claims.len(),
        entities.groups.len(),
        events.groups.len(),
        conflicts.len(),
        json.len() as f64 / 1e6,
        text.len() as f64 / 1e6
    );
    println!();
    println!(
        "| stage | wall (s) | CPU (s) | MB/s of CPU time | RSS after (MB) | peak RSS so far (MB) |"
    );
    println!("|---|---:|---:|---:|---:|---:|");
    let total: f64 = rows.iter().map(|r| r.1).sum();
    let total_cpu: f64 = mem.iter().map(|m| m.0).sum();
    for ((name, secs), (cpu_secs, rss, hwm)) in rows.iter().zip(&mem) {
        println!(
            "| {name} | {secs:.3} | {cpu_secs:.2} | {:.1} | {rss:.0} | {hwm:.0} |",
            bytes as f64 / 1e6 / cpu_secs
        );
    }
    println!(
        "| **total** | {total:.3} | {total_cpu:.2} | {:.1} | | |",
        bytes as f64 / 1e6 / total_cpu
    );
}
