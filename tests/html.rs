//! The HTML report as a person sees it, in headless Chromium driven over WebDriver
//! (chromedriver): the sample articles' report, a document with markup in it, and QA
//! findings filtered by type. Needs the Debian packages chromium and chromium-driver
//! (scripts/test.sh installs them).

use fantoccini::actions::{InputSource, MouseActions, PointerAction};
use fantoccini::{Client, ClientBuilder, Locator};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A chromedriver process and a headless Chromium session on it, ended when dropped.
struct Browser {
    driver: Child,
    client: Option<Client>,
    _profile: tempfile::TempDir,
}

impl Browser {
    async fn start() -> Browser {
        let port = {
            let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
            listener.local_addr().unwrap().port()
        };
        let driver = Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("the browser tests need chromedriver (Debian: chromium-driver; scripts/test.sh installs it)");
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "chromedriver did not start"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        let profile = tempfile::tempdir().unwrap();
        let capabilities = serde_json::json!({
            "goog:chromeOptions": {
                "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--window-size=1400,1000", format!("--user-data-dir={}", profile.path().display())]
            }
        });
        // Chromium may fail to start on a loaded machine (seen once in a full test run, with
        // the three tests starting browsers at once); a second or third try starts it.
        let mut tries = 0;
        let client = loop {
            let session = ClientBuilder::native()
                .capabilities(capabilities.as_object().unwrap().clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await;
            match session {
                Ok(client) => break client,
                Err(e) if tries == 2 => panic!("no Chromium session after 3 tries: {e}"),
                Err(_) => {
                    tries += 1;
                    std::thread::sleep(Duration::from_secs(1));
                }
            }
        };
        Browser {
            driver,
            client: Some(client),
            _profile: profile,
        }
    }

    fn client(&self) -> &Client {
        self.client.as_ref().unwrap()
    }

    /// Opens a report file.
    async fn open(&self, path: &Path) {
        let url = format!("file://{}", path.canonicalize().unwrap().display());
        self.client().goto(&url).await.unwrap();
    }

    async fn end(mut self) {
        if let Some(client) = self.client.take() {
            let _ = client.close().await;
        }
    }

    async fn css(&self, selector: &str) -> fantoccini::elements::Element {
        self.client()
            .find(Locator::Css(selector))
            .await
            .unwrap_or_else(|_| panic!("no element {selector}"))
    }

    async fn count(&self, selector: &str) -> usize {
        self.client()
            .find_all(Locator::Css(selector))
            .await
            .unwrap()
            .len()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

/// Writes `selaras ARGS --format html` to a file in `dir`.
fn report(dir: &Path, args: &[&str]) -> std::path::PathBuf {
    let out = assert_cmd::Command::cargo_bin("selaras")
        .unwrap()
        .args(args)
        .args(["--format", "html"])
        .output()
        .unwrap();
    assert!(
        out.status.code().unwrap() < 2,
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let path = dir.join("report.html");
    std::fs::write(&path, out.stdout).unwrap();
    path
}

#[tokio::test(flavor = "multi_thread")]
async fn the_samples_report_shows_both_columns_links_evidence_and_lone_passages() {
    let dir = tempfile::tempdir().unwrap();
    let page = report(
        dir.path(),
        &[
            "align",
            "data/samples/aceh-en.txt",
            "data/samples/aceh-id.txt",
        ],
    );
    let browser = Browser::start().await;
    browser.open(&page).await;

    // Both documents, each in its own column, every passage at its place.
    let heads: Vec<String> = {
        let mut out = Vec::new();
        for e in browser
            .client()
            .find_all(Locator::Css(".colhead"))
            .await
            .unwrap()
        {
            out.push(e.text().await.unwrap());
        }
        out
    };
    assert_eq!(heads, ["English", "Indonesian"]);
    assert_eq!(browser.count(".column .passage[id^=en]").await, 9);
    assert_eq!(browser.count(".column .passage[id^=id]").await, 9);

    // The Helsinki peace agreement paragraphs are linked, each to the other.
    let to_id = browser.css("#en4 a.link[data-to=id3]").await;
    assert!(to_id.text().await.unwrap().contains("ID 3 · strong"));
    browser.css("#id3 a.link[data-to=en4]").await;

    // The shared name is highlighted in both passages, as one link.
    let en_mark = browser.css("#en4 mark[data-link]").await;
    let mut helsinki = None;
    for mark in browser
        .client()
        .find_all(Locator::Css("#en4 mark[data-link]"))
        .await
        .unwrap()
    {
        if mark.text().await.unwrap() == "Helsinki" {
            helsinki = Some(mark);
        }
    }
    let helsinki = helsinki.unwrap_or(en_mark);
    assert_eq!(helsinki.text().await.unwrap(), "Helsinki");
    let link = helsinki.attr("data-link").await.unwrap().unwrap();
    let id_mark = browser.css(&format!("#id3 mark[data-link={link}]")).await;
    assert_eq!(id_mark.text().await.unwrap(), "Helsinki");

    // On hover, the evidence shows and the counterpart lights up.
    let tip = browser.css("#tip").await;
    assert!(!tip.is_displayed().await.unwrap());
    let hover = MouseActions::new("mouse".into()).then(PointerAction::MoveToElement {
        element: helsinki.clone(),
        duration: None,
        x: 0,
        y: 0,
    });
    browser.client().perform_actions(hover).await.unwrap();
    assert!(tip.is_displayed().await.unwrap());
    let evidence = tip.text().await.unwrap();
    assert!(evidence.contains("helsinki = helsinki"), "{evidence}");
    let class = id_mark.attr("class").await.unwrap().unwrap();
    assert!(class.contains("hot"), "{class}");
    let linked = browser
        .css("#id3")
        .await
        .attr("class")
        .await
        .unwrap()
        .unwrap();
    assert!(linked.contains("lit"), "{linked}");

    // The Indonesian headline has no counterpart, and says so in words.
    let alone = browser.css("#id0").await;
    assert!(alone
        .attr("class")
        .await
        .unwrap()
        .unwrap()
        .contains("alone"));
    assert!(alone.text().await.unwrap().contains("no counterpart"));

    // j moves from one linked passage to the next.
    browser.css("#en1").await.click().await.unwrap();
    browser.css("#en1").await.send_keys("j").await.unwrap();
    let active = browser.client().active_element().await.unwrap();
    assert_eq!(active.attr("id").await.unwrap().as_deref(), Some("en2"));
    browser.end().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_a_document_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let (en, id) = (dir.path().join("en.txt"), dir.path().join("id.txt"));
    std::fs::write(
        &en,
        "Type <script>window.hacked = 1</script> and <b>bold</b> in the box.\n\nClose it.",
    )
    .unwrap();
    std::fs::write(
        &id,
        "Ketik <script>window.hacked = 1</script> dan <b>bold</b> di kotak.\n\nTutup.",
    )
    .unwrap();
    let page = report(
        dir.path(),
        &["align", en.to_str().unwrap(), id.to_str().unwrap()],
    );
    let browser = Browser::start().await;
    browser.open(&page).await;
    let text = browser.css("#en0").await.text().await.unwrap();
    assert!(
        text.contains("<script>window.hacked = 1</script>"),
        "{text}"
    );
    assert!(text.contains("<b>bold</b>"), "{text}");
    assert_eq!(browser.count(".passage b, .passage script").await, 0);
    let hacked = browser
        .client()
        .execute("return typeof window.hacked", vec![])
        .await
        .unwrap();
    assert_eq!(hacked, "undefined");
    browser.end().await;
}

#[tokio::test(flavor = "multi_thread")]
async fn qa_findings_stand_at_their_passage_and_filter_by_type() {
    let dir = tempfile::tempdir().unwrap();
    let page = report(dir.path(), &["qa", "tests/data/qa/app.po"]);
    let browser = Browser::start().await;
    browser.open(&page).await;
    let number = browser.css(".finding[data-kind=number]").await;
    assert!(number.is_displayed().await.unwrap());
    assert!(number.text().await.unwrap().contains("15"));
    let passage = browser
        .css(".passage:has(.finding[data-kind=number])")
        .await;
    assert!(passage
        .text()
        .await
        .unwrap()
        .contains("The backup runs every 15 minutes."));
    browser
        .css(".filters input[data-kind=number]")
        .await
        .click()
        .await
        .unwrap();
    assert!(!number.is_displayed().await.unwrap());
    assert!(browser
        .css(".finding[data-kind=markup]")
        .await
        .is_displayed()
        .await
        .unwrap());
    browser.end().await;
}
