//! The `selaras` command line: parses arguments, runs the library, writes the report.

mod cli;

fn main() {
    // The whole command runs on a worker of the thread pool, so that the library's parallel
    // steps are picked up by the thread that reaches them instead of each one waking a worker
    // and putting the main thread to sleep (which cost a short document a third of its time).
    let (code, ()) = rayon::join(cli::run, || ());
    std::process::exit(code);
}
