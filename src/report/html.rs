//! The alignment as one self-contained HTML page for people: both documents side by side
//! in their own order, linked passages joined (rows for an ordered alignment; for
//! comparable articles, each passage's links as badges and a highlight of the linked
//! passages), the shared terms highlighted inside both passages with their evidence on
//! hover or focus, passages with no counterpart marked, and QA findings where they apply.
//! Styles and the small script are inline; the script only reacts to the element under the
//! pointer or the focus, so a long document costs nothing more per link.

use super::counted;
use crate::model::{AlignedBead, Alignment, Document, LinkKind, Mode, Strength, TermClass, Unit};
use crate::qa::Finding;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{self, Write};

const STYLE: &str = include_str!("html/style.css");
const SCRIPT: &str = include_str!("html/script.js");

/// Writes the report; `findings` (from `selaras qa`) are shown at the passages they concern.
pub fn write(alignment: &Alignment, findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
    let page = Page::new(alignment, findings);
    let mut html = String::with_capacity(64 * 1024);
    page.head(&mut html);
    match alignment.mode {
        Mode::Comparable => page.columns(&mut html),
        _ => page.rows(&mut html),
    }
    let _ = writeln!(
        html,
        "<div id=\"tip\" role=\"tooltip\" hidden></div><script>{SCRIPT}</script></body></html>"
    );
    out.write_all(html.as_bytes())
}

/// One side of the page.
#[derive(Clone, Copy, PartialEq)]
enum Side {
    En,
    Id,
}

impl Side {
    fn code(self) -> &'static str {
        match self {
            Side::En => "en",
            Side::Id => "id",
        }
    }
}

/// A highlighted term in a segment: its byte span, classes and evidence.
struct Mark {
    start: usize,
    end: usize,
    class: String,
    link: Option<usize>,
    evidence: String,
}

struct Page<'a> {
    a: &'a Alignment,
    findings: &'a [Finding],
    /// The bead each segment is in, per side.
    bead_of: [Vec<usize>; 2],
    /// The marks of each segment, per side.
    marks: [BTreeMap<usize, Vec<Mark>>; 2],
    /// The links (indices into `a.links`) of each segment, per side.
    links_of: [Vec<Vec<usize>>; 2],
    /// The findings shown at each segment, per side: at a finding's first English segment,
    /// or its first Indonesian one when it has none.
    findings_of: [BTreeMap<usize, Vec<&'a Finding>>; 2],
}

impl<'a> Page<'a> {
    fn new(a: &'a Alignment, findings: &'a [Finding]) -> Page<'a> {
        let mut bead_of = [
            vec![0; a.english.segments.len()],
            vec![0; a.indonesian.segments.len()],
        ];
        let mut marks: [BTreeMap<usize, Vec<Mark>>; 2] = [BTreeMap::new(), BTreeMap::new()];
        for (b, bead) in a.beads.iter().enumerate() {
            bead.en.iter().for_each(|&s| bead_of[0][s] = b);
            bead.id.iter().for_each(|&s| bead_of[1][s] = b);
            if bead.is_pair() {
                add_marks(a, bead, Side::En, &mut marks[0]);
                add_marks(a, bead, Side::Id, &mut marks[1]);
            }
        }
        if a.mode == Mode::Comparable {
            link_marks(a, &mut marks);
        }
        for side in &mut marks {
            for list in side.values_mut() {
                list.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
                list.dedup_by_key(|m| m.start);
            }
        }
        let mut links_of = [
            vec![Vec::new(); a.english.segments.len()],
            vec![Vec::new(); a.indonesian.segments.len()],
        ];
        for (k, link) in a.links.iter().enumerate() {
            links_of[0][link.en].push(k);
            links_of[1][link.id].push(k);
        }
        let mut findings_of: [BTreeMap<usize, Vec<&Finding>>; 2] =
            [BTreeMap::new(), BTreeMap::new()];
        for f in findings {
            match (f.en.first(), f.id.first()) {
                (Some(&s), _) => findings_of[0].entry(s).or_default().push(f),
                (None, Some(&s)) => findings_of[1].entry(s).or_default().push(f),
                (None, None) => {}
            }
        }
        Page {
            a,
            findings,
            bead_of,
            marks,
            links_of,
            findings_of,
        }
    }

    fn doc(&self, side: Side) -> &'a Document {
        match side {
            Side::En => &self.a.english,
            Side::Id => &self.a.indonesian,
        }
    }

    fn head(&self, html: &mut String) {
        let a = self.a;
        let title = format!("{} ↔ {}", a.english.name, a.indonesian.name);
        let _ = write!(
            html,
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
             <title>selaras: {}</title><style>{STYLE}</style></head><body>",
            esc(&title)
        );
        let _ = write!(html, "<header><h1>{}</h1><dl class=\"facts\">", esc(&title));
        for (label, doc) in [("English", &a.english), ("Indonesian", &a.indonesian)] {
            let _ = write!(
                html,
                "<dt>{label}</dt><dd>{} — read as {} ({}), confidence {:.2}, {}</dd>",
                esc(&doc.name),
                doc.language.name(),
                doc.language.code(),
                doc.confidence,
                counted(doc.segments.len(), unit_name(a.unit))
            );
        }
        let alone = a.unaligned_english().len() + a.unaligned_indonesian().len();
        let found = match a.mode {
            Mode::Comparable => {
                let strong = a
                    .links
                    .iter()
                    .filter(|l| l.strength == Strength::Strong)
                    .count();
                let links = counted(a.links.len(), "link");
                format!("{links} between passages ({strong} strong)")
            }
            _ => counted(a.pairs().count(), "aligned pair"),
        };
        let _ = write!(
            html,
            "<dt>Mode</dt><dd><b>{}</b>: {}</dd><dt>Found</dt><dd>{found}, {} with no counterpart{}</dd></dl>",
            mode_name(a.mode),
            esc(&a.mode_reason),
            counted(alone, "passage"),
            match self.findings.len() {
                0 => String::new(),
                n => format!(", {}", counted(n, "QA finding")),
            }
        );
        self.legend(html);
        html.push_str("</header>");
    }

    fn legend(&self, html: &mut String) {
        html.push_str(
            "<div class=\"legend\" aria-label=\"legend\"><span class=\"key\">Legend:</span>",
        );
        let levels: &[(&str, &str)] = match self.a.mode {
            Mode::Comparable => &[
                ("strong", "strong link: the same specific facts"),
                ("related", "related: the same sub-topic"),
            ],
            _ => &[
                ("high", "confident pair (score ≥ 0.8)"),
                ("mid", "likely pair (0.5–0.8)"),
                ("low", "weak pair (< 0.5)"),
            ],
        };
        for (class, text) in levels {
            let _ = write!(html, "<span class=\"swatch lv-{class}\">{text}</span>");
        }
        html.push_str(
            "<span class=\"swatch alone\">no counterpart</span>\
             <mark class=\"term k-same\">same name or token</mark>\
             <mark class=\"term k-number\">same number</mark>\
             <mark class=\"term k-lexicon\">translated name or term</mark>\
             <mark class=\"term c-word\">translated word</mark>\
             <mark class=\"term missing\">name or number with no counterpart</mark>\
             <span class=\"hint\">Keys: j / k next and previous pair; hover or focus a term for its evidence.</span></div>",
        );
        if self.findings.is_empty() {
            return;
        }
        let mut kinds: Vec<&str> = self.findings.iter().map(|f| f.kind.name()).collect();
        kinds.sort_unstable();
        kinds.dedup();
        html.push_str("<fieldset class=\"filters\"><legend>Show QA findings of type</legend>");
        for kind in kinds {
            let n = self
                .findings
                .iter()
                .filter(|f| f.kind.name() == kind)
                .count();
            let _ = write!(
                html,
                "<label><input type=\"checkbox\" checked data-kind=\"{kind}\"> {kind} ({n})</label>"
            );
        }
        html.push_str("</fieldset>");
    }

    /// An ordered alignment: a row per bead, in the order of both documents.
    fn rows(&self, html: &mut String) {
        html.push_str(
            "<main class=\"rows\"><div class=\"colhead\">English</div><div class=\"colhead\">Indonesian</div>",
        );
        for b in self.row_order() {
            let bead = &self.a.beads[b];
            let level = if bead.is_pair() {
                level(bead.score)
            } else {
                "alone"
            };
            let _ = write!(
                html,
                "<section class=\"row lv-{level}\" id=\"b{b}\" data-bead=\"b{b}\">"
            );
            for side in [Side::En, Side::Id] {
                let segments = match side {
                    Side::En => &bead.en,
                    Side::Id => &bead.id,
                };
                html.push_str("<div class=\"cell\">");
                for &s in segments {
                    self.passage(html, side, s, bead.is_pair(), "");
                }
                html.push_str("</div>");
            }
            if bead.is_pair() {
                let _ = write!(
                    html,
                    "<p class=\"why\">pair {:.3}{}</p>",
                    bead.score,
                    shared_list(bead)
                );
            }
            html.push_str("</section>");
        }
        html.push_str("</main>");
    }

    /// The beads in reading order: English order, each Indonesian-only bead after the
    /// bead holding the Indonesian segment before it.
    fn row_order(&self) -> Vec<usize> {
        let beads = &self.a.beads;
        let mut order: Vec<usize> = (0..beads.len())
            .filter(|&b| !beads[b].en.is_empty())
            .collect();
        let mut after: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
        let mut leading = Vec::new();
        for (b, bead) in beads.iter().enumerate().filter(|(_, b)| b.en.is_empty()) {
            match bead.id[0].checked_sub(1) {
                Some(prev) => after.entry(self.bead_of[1][prev]).or_default().push(b),
                None => leading.push(b),
            }
        }
        let mut out = leading;
        for b in order.drain(..) {
            out.push(b);
            let mut chain = after.remove(&b).unwrap_or_default();
            while let Some(next) = chain.first().copied() {
                out.push(next);
                chain.remove(0);
                chain.extend(after.remove(&next).unwrap_or_default());
            }
        }
        out.extend(after.into_values().flatten());
        out
    }

    /// Comparable articles: each document in its own column and order; a passage lists its
    /// links and lights up those it links to.
    fn columns(&self, html: &mut String) {
        html.push_str("<main class=\"columns\">");
        for side in [Side::En, Side::Id] {
            let doc = self.doc(side);
            let _ = write!(
                html,
                "<div class=\"column\"><div class=\"colhead\">{}</div>",
                doc.language.name()
            );
            for s in 0..doc.segments.len() {
                let links: Vec<String> = self.links_of[side as usize][s]
                    .iter()
                    .map(|&k| &self.a.links[k])
                    .map(|l| {
                        let (other, other_side) = match side {
                            Side::En => (l.id, Side::Id),
                            Side::Id => (l.en, Side::En),
                        };
                        let strength = strength_name(l.strength);
                        let beside = l.beside.map_or(String::new(), |[en, id]| {
                            format!(" title=\"beside EN {en} ↔ ID {id}: the same story\"")
                        });
                        format!(
                            "<a class=\"link lv-{strength}\" href=\"#{}{other}\" data-to=\"{}{other}\"{beside}>↔ {} {other} · {strength} {:.2}</a>",
                            other_side.code(),
                            other_side.code(),
                            other_side.code().to_uppercase(),
                            l.score
                        )
                    })
                    .collect();
                let linked = !links.is_empty();
                self.passage(html, side, s, linked, &links.concat());
            }
            html.push_str("</div>");
        }
        html.push_str("</main>");
    }

    /// One segment with its marks, its links or the note that it has no counterpart, and
    /// the QA findings about it.
    fn passage(&self, html: &mut String, side: Side, s: usize, linked: bool, links: &str) {
        let doc = self.doc(side);
        let segment = &doc.segments[s];
        let bead = self.bead_of[side as usize][s];
        let targets: Vec<String> = self.links_of[side as usize][s]
            .iter()
            .map(|&k| {
                let link = &self.a.links[k];
                match side {
                    Side::En => format!("id{}", link.id),
                    Side::Id => format!("en{}", link.en),
                }
            })
            .collect();
        let _ = write!(
            html,
            "<div class=\"passage{}\" id=\"{}{s}\" tabindex=\"0\" data-bead=\"b{bead}\" data-links=\"{}\" lang=\"{}\">\
             <span class=\"index\">{} {s}</span> ",
            if linked { "" } else { " alone" },
            side.code(),
            targets.join(" "),
            side.code(),
            side.code().to_uppercase()
        );
        let text = &segment.text;
        let mut at = 0;
        for mark in self.marks[side as usize].get(&s).into_iter().flatten() {
            if mark.start < at || mark.end > text.len() {
                continue;
            }
            html.push_str(&esc(&text[at..mark.start]));
            let _ = write!(
                html,
                "<mark class=\"{}\" tabindex=\"0\"{} data-evidence=\"{}\">{}</mark>",
                mark.class,
                mark.link
                    .map(|l| format!(" data-link=\"L{l}\""))
                    .unwrap_or_default(),
                esc(&mark.evidence),
                esc(&text[mark.start..mark.end])
            );
            at = mark.end;
        }
        html.push_str(&esc(&text[at..]));
        if !linked {
            html.push_str(" <span class=\"badge alone\">no counterpart</span>");
        }
        if !links.is_empty() {
            let _ = write!(html, "<span class=\"links\">{links}</span>");
        }
        self.findings_at(html, side, s);
        html.push_str("</div>");
    }

    fn findings_at(&self, html: &mut String, side: Side, s: usize) {
        for f in self.findings_of[side as usize]
            .get(&s)
            .into_iter()
            .flatten()
        {
            let evidence = match f.evidence.is_empty() {
                true => String::new(),
                false => format!(" <q>{}</q>", esc(&f.evidence.join(" / "))),
            };
            let _ = write!(
                html,
                "<p class=\"finding sev-{} k-{}\" data-kind=\"{}\"><b>{} {}</b> {}{evidence}</p>",
                f.severity.name(),
                f.kind.name(),
                f.kind.name(),
                f.severity.name(),
                f.kind.name(),
                esc(&f.message)
            );
        }
    }
}

/// The marks of one side of a pair: its matched terms with their evidence, and its names
/// and numbers with no counterpart.
fn add_marks(
    a: &Alignment,
    bead: &AlignedBead,
    side: Side,
    marks: &mut BTreeMap<usize, Vec<Mark>>,
) {
    let evidence = match side {
        Side::En => &bead.evidence.en,
        Side::Id => &bead.evidence.id,
    };
    for m in &evidence.matched {
        marks.entry(m.at.segment).or_default().push(term_mark(
            a,
            m.at.span,
            m.link,
            class_name(m.at.class),
        ));
    }
    for o in evidence
        .unmatched
        .iter()
        .filter(|o| o.class != TermClass::Word)
    {
        marks.entry(o.segment).or_default().push(Mark {
            start: o.span.start,
            end: o.span.end,
            class: "term missing".into(),
            link: None,
            evidence: format!(
                "{} with no counterpart on the other side",
                class_label(o.class)
            ),
        });
    }
}

/// The marks of the passages linked outside the beads (comparable text): the terms of the
/// two passages that the keyword map links to each other.
fn link_marks(a: &Alignment, marks: &mut [BTreeMap<usize, Vec<Mark>>; 2]) {
    let mut by_en_term: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (k, link) in a.map.links.iter().enumerate() {
        by_en_term.entry(link.en).or_default().push(k);
    }
    for passage_link in &a.links {
        let id_occurrences = &a.map.id.occurrences[passage_link.id];
        let mut used = Vec::new();
        for o in &a.map.en.occurrences[passage_link.en] {
            let found = by_en_term
                .get(&o.term)
                .into_iter()
                .flatten()
                .copied()
                .find(|&k| id_occurrences.iter().any(|i| i.term == a.map.links[k].id));
            if let Some(k) = found {
                let class = class_name(a.map.en.terms[o.term as usize].class);
                marks[0]
                    .entry(passage_link.en)
                    .or_default()
                    .push(term_mark(a, o.span, k, class));
                used.push(k);
            }
        }
        for o in id_occurrences {
            if let Some(&k) = used.iter().find(|&&k| a.map.links[k].id == o.term) {
                let class = class_name(a.map.id.terms[o.term as usize].class);
                marks[1]
                    .entry(passage_link.id)
                    .or_default()
                    .push(term_mark(a, o.span, k, class));
            }
        }
    }
}

/// A term linked by the map's link `k`, with the link's evidence.
fn term_mark(a: &Alignment, span: crate::model::Span, k: usize, class: &str) -> Mark {
    let link = &a.map.links[k];
    let (en, id) = (
        &a.map.en.terms[link.en as usize].form,
        &a.map.id.terms[link.id as usize].form,
    );
    Mark {
        start: span.start,
        end: span.end,
        class: format!("term k-{} c-{class}", link.kind.name()),
        link: Some(k),
        evidence: format!(
            "{en} = {id} · {} · {}",
            kind_label(link.kind),
            link.evidence
        ),
    }
}

fn mode_name(mode: Mode) -> &'static str {
    match mode {
        Mode::Parallel => "parallel",
        Mode::Comparable => "comparable",
        Mode::Auto => "auto",
    }
}

fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Line => "line",
        Unit::Paragraph => "paragraph",
        Unit::Sentence => "sentence",
    }
}

fn shared_list(bead: &AlignedBead) -> String {
    if bead.shared.is_empty() {
        return String::new();
    }
    let terms: Vec<String> = bead
        .shared
        .iter()
        .map(|s| format!("{} = {}", esc(&s.en), esc(&s.id)))
        .collect();
    format!(" · shared: {}", terms.join(", "))
}

fn level(score: f64) -> &'static str {
    match score {
        s if s >= 0.8 => "high",
        s if s >= 0.5 => "mid",
        _ => "low",
    }
}

fn strength_name(strength: Strength) -> &'static str {
    strength.name()
}

fn kind_label(kind: LinkKind) -> &'static str {
    match kind {
        LinkKind::Number => "the same number",
        LinkKind::Same => "the same token",
        LinkKind::Name => "a name respelled",
        LinkKind::Lexicon => "a dictionary pair",
        LinkKind::Learned => "a learned pair",
        LinkKind::Cognate => "a cognate",
    }
}

fn class_name(class: TermClass) -> &'static str {
    match class {
        TermClass::Number => "number",
        TermClass::Acronym => "acronym",
        TermClass::Name => "name",
        TermClass::Word => "word",
    }
}

fn class_label(class: TermClass) -> &'static str {
    match class {
        TermClass::Number => "a number",
        TermClass::Acronym => "an acronym",
        TermClass::Name => "a name",
        TermClass::Word => "a word",
    }
}

/// Text made safe for HTML content and attribute values.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
