//! The promises every alignment keeps, checkable: the reports, the corpus writer and
//! ../shared/eval rely on them, and the property tests and fuzz targets hold every run to them.

use super::{Alignment, Document, SideEvidence};

impl Alignment {
    /// Checks the alignment's contract: every segment of both documents in exactly one
    /// non-empty bead, beads ordered by their first English segment, ascending indices inside a bead, one-sided beads scored 0,
    /// every score in 0..=1, links sorted and inside the documents, and every evidence term
    /// inside a segment of its bead's side, on character boundaries. The first broken promise
    /// comes back in words.
    pub fn verify(&self) -> Result<(), String> {
        let mut en_seen = vec![0u32; self.english.segments.len()];
        let mut id_seen = vec![0u32; self.indonesian.segments.len()];
        let mut last_en = None;
        for (b, bead) in self.beads.iter().enumerate() {
            if bead.en.is_empty() && bead.id.is_empty() {
                return Err(format!("bead {b} is empty"));
            }
            count(&bead.en, &mut en_seen, "English", b)?;
            count(&bead.id, &mut id_seen, "Indonesian", b)?;
            if let Some(&first) = bead.en.first() {
                if last_en >= Some(first) {
                    return Err(format!("bead {b} is out of English order"));
                }
                last_en = Some(first);
            }
            if !in_unit_range(bead.score) || (!bead.is_pair() && bead.score != 0.0) {
                return Err(format!("bead {b} has score {}", bead.score));
            }
            occurrences_inside(&bead.evidence.en, &bead.en, &self.english, b)?;
            occurrences_inside(&bead.evidence.id, &bead.id, &self.indonesian, b)?;
        }
        if let Some(i) = en_seen.iter().position(|&c| c != 1) {
            return Err(format!("English segment {i} is in {} beads", en_seen[i]));
        }
        if let Some(j) = id_seen.iter().position(|&c| c != 1) {
            return Err(format!("Indonesian segment {j} is in {} beads", id_seen[j]));
        }
        self.links_hold(en_seen.len(), id_seen.len())
    }

    fn links_hold(&self, en_len: usize, id_len: usize) -> Result<(), String> {
        for (k, link) in self.links.iter().enumerate() {
            if link.en >= en_len || link.id >= id_len || !in_unit_range(link.score) {
                return Err(format!(
                    "link {k} {link:?} is outside the documents or 0..1"
                ));
            }
            if k > 0 && (self.links[k - 1].en, self.links[k - 1].id) >= (link.en, link.id) {
                return Err(format!("link {k} is out of order"));
            }
        }
        Ok(())
    }
}

fn in_unit_range(score: f64) -> bool {
    (0.0..=1.0).contains(&score)
}

/// Counts a bead side's segments, which must be ascending and inside the document.
fn count(side: &[usize], seen: &mut [u32], language: &str, bead: usize) -> Result<(), String> {
    if side.windows(2).any(|w| w[0] >= w[1]) {
        return Err(format!("bead {bead}: {language} indices not ascending"));
    }
    for &i in side {
        *seen
            .get_mut(i)
            .ok_or_else(|| format!("bead {bead}: no {language} segment {i}"))? += 1;
    }
    Ok(())
}

fn occurrences_inside(
    evidence: &SideEvidence,
    side: &[usize],
    doc: &Document,
    bead: usize,
) -> Result<(), String> {
    let occurrences = evidence.matched.iter().map(|m| &m.at);
    for at in occurrences.chain(&evidence.unmatched) {
        let inside = side.contains(&at.segment)
            && doc.segments[at.segment]
                .text
                .get(at.span.range())
                .is_some_and(|t| !t.is_empty());
        if !inside {
            return Err(format!("bead {bead}: evidence {at:?} outside its passage"));
        }
    }
    Ok(())
}
