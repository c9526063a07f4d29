//! Writes a synthetic corpus with planted conflicts, and its `manifest.json`.
//!
//! ```sh
//! cargo run --release --example gen -- --articles 10000 --out target/bench-corpus/10000 --seed 1
//! ```
//!
//! The same arguments give the same bytes on every machine. See `benches/README.md`.

#[allow(dead_code)]
#[path = "../benches/gen/mod.rs"]
mod gen;

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str =
    "usage: gen --articles N --out DIR [--seed S] [--stories K] [--plant-percent P] [--force]
  Writes N articles (about 5 KB each) in K stories (default N/20, at most 500) to DIR, with
  DIR/manifest.json listing every planted conflict. DIR must be empty or missing, unless
  --force, which deletes it first.";

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen: {e}\n{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), String> {
    let mut articles = None;
    let mut out = None;
    let mut seed = 1u64;
    let mut stories = None;
    let mut plant_percent = None;
    let mut force = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        let mut value = |name: &str| args.next().ok_or(format!("{name} needs a value"));
        match a.as_str() {
            "--articles" => articles = Some(parse(&value("--articles")?)?),
            "--out" => out = Some(PathBuf::from(value("--out")?)),
            "--seed" => seed = parse(&value("--seed")?)? as u64,
            "--stories" => stories = Some(parse(&value("--stories")?)?),
            "--plant-percent" => plant_percent = Some(parse(&value("--plant-percent")?)? as u32),
            "--force" => force = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            other => return Err(format!("unknown argument {other}")),
        }
    }
    let articles = articles.ok_or("--articles is required")?;
    let out = out.ok_or("--out is required")?;
    if out.exists() {
        let empty = std::fs::read_dir(&out)
            .map_err(|e| format!("{}: {e}", out.display()))?
            .next()
            .is_none();
        if !empty {
            if !force {
                return Err(format!("{} is not empty (use --force)", out.display()));
            }
            std::fs::remove_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
        }
    }
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;

    let mut params = gen::Params::new(articles, seed);
    params.stories = stories;
    if let Some(p) = plant_percent {
        params.plant_percent = p;
    }
    let corpus = gen::Corpus::new(&params);
    let mut plants = Vec::new();
    let mut bytes = 0;
    for i in 0..corpus.len() {
        let a = corpus.article(i);
        std::fs::write(out.join(&a.file), &a.text).map_err(|e| format!("{}: {e}", a.file))?;
        bytes += a.text.len();
        plants.extend(a.plant);
    }
    let manifest = gen::Manifest {
        generator: "factlint benches/gen 1",
        seed,
        articles,
        bytes,
        stories: corpus.story_records(),
        plants,
    };
    let json = serde_json::to_string_pretty(&manifest).map_err(|e| e.to_string())?;
    let mut f = std::fs::File::create(out.join("manifest.json")).map_err(|e| e.to_string())?;
    f.write_all(json.as_bytes())
        .and_then(|_| f.write_all(b"\n"))
        .map_err(|e| e.to_string())?;
    eprintln!(
        "gen: {} articles, {} stories, {} plants, {:.1} MB in {}",
        articles,
        manifest.stories.len(),
        manifest.plants.len(),
        bytes as f64 / 1e6,
        out.display()
    );
    Ok(())
}

fn parse(s: &str) -> Result<usize, String> {
    s.parse().map_err(|_| format!("not a number: {s}"))
}
