//! One criterion benchmark per pipeline stage, on a generated corpus (benches/gen/):
//! loading (read the files, parse headers), tokenising, claim extraction, entity grouping,
//! event grouping, reconciliation, the whole of `check_articles`, and report rendering.
//! Every stage reports its throughput in bytes of article text.
//!
//! ```sh
//! cargo bench --bench stages                                  # 500 articles (about 2.5 MB)
//! FACTLINT_BENCH_ARTICLES=2000 cargo bench --bench stages -- extract
//! ```

#[allow(dead_code)]
mod gen;

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use factlint::config::Ignore;
use factlint::load::{load_articles, Limits};
use factlint::report::{render, Format, Report, Style};
use factlint::rules::Rules;

fn articles() -> usize {
    std::env::var("FACTLINT_BENCH_ARTICLES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(500)
}

fn stages(c: &mut Criterion) {
    let rules = Rules::builtin().expect("built-in rules");
    let n = articles();
    let corpus = gen::generate(&gen::Params::new(n, 1));
    let bytes: u64 = corpus.iter().map(|(_, t)| t.len() as u64).sum();
    let dir = tempfile::tempdir().expect("temporary folder");
    for (name, text) in &corpus {
        std::fs::write(dir.path().join(name), text).expect("write article");
    }
    let paths: Vec<PathBuf> = vec![dir.path().to_path_buf()];
    let load = || {
        load_articles(
            &paths,
            &rules,
            Limits::default(),
            &Ignore::default(),
            &|_, _| {},
        )
        .expect("load")
        .articles
    };

    let mut g = c.benchmark_group(format!("{n} articles"));
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(5));
    g.throughput(Throughput::Bytes(bytes));

    g.bench_function("rules", |b| {
        b.iter(|| Rules::builtin().expect("built-in rules"))
    });
    g.bench_function("load", |b| b.iter(load));
    let articles = load();
    g.bench_function("tokenize", |b| {
        b.iter(|| {
            for a in &articles {
                black_box(factlint::text::tokenize(a.body()));
            }
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| factlint::extract_all(&articles, &rules, &|_, _| {}))
    });
    let claims = factlint::extract_all(&articles, &rules, &|_, _| {});
    g.bench_function("group entities", |b| {
        b.iter_batched(
            || claims.clone(),
            |mut claims| factlint::group_entities(&mut claims, &rules),
            BatchSize::LargeInput,
        )
    });
    let mut claims_e = claims.clone();
    let entities = factlint::group_entities(&mut claims_e, &rules);
    g.bench_function("stories", |b| {
        b.iter(|| factlint::stories::group(&articles, &claims_e, &entities, &rules))
    });
    let stories = factlint::stories::group(&articles, &claims_e, &entities, &rules);
    g.bench_function("group events", |b| {
        b.iter_batched(
            || claims_e.clone(),
            |mut claims| factlint::group_events(&mut claims, &entities, &stories, &rules),
            BatchSize::LargeInput,
        )
    });
    let grouped = factlint::extract_and_group(&articles, &rules);
    g.bench_function("reconcile", |b| {
        b.iter(|| {
            factlint::reconcile::reconcile(
                &articles,
                &grouped.claims,
                &grouped.entities,
                &grouped.stories,
                &grouped.events,
                &rules,
            )
        })
    });
    g.bench_function("check_articles", |b| {
        b.iter_batched(
            || articles.clone(),
            |articles| factlint::check_articles(articles, &rules, &|_, _| {}),
            BatchSize::LargeInput,
        )
    });
    let run = factlint::check_articles(articles.clone(), &rules, &|_, _| {});
    let report = Report {
        entities: Some(&run.entities),
        events: Some(&run.events),
        ..Report::new(&run.articles, &run.claims, &run.conflicts)
    };
    for (name, format) in [
        ("render json", Format::Json),
        ("render text", Format::Text),
        ("render html", Format::Html),
    ] {
        g.bench_function(name, |b| {
            b.iter(|| render(format, &report, Style::default()))
        });
    }
    g.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
