//! The `selaras` command line: parses arguments, runs the library, writes the report.

mod cli;

fn main() {
    std::process::exit(cli::run());
}
