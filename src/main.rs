//! The factlint binary: parse the command line, run, exit with 0, 1 or 2.

fn main() {
    std::process::exit(factlint::cli::run(std::env::args_os()));
}
