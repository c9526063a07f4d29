//! The factlint binary: parse the command line, run, exit with 0, 1 or 2.

/// mimalloc: extraction makes and frees millions of small strings on several threads, and
/// glibc's allocator kept much of that memory after it was freed (see README,
/// "Performance").
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    std::process::exit(factlint::cli::run(std::env::args_os()));
}
