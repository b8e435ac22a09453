//! Passages of separately written articles that report the same facts. Such passages share
//! few words and never most of them (each side says things the other does not), so they are
//! scored by how specific the evidence they share is, not by how much of each they cover: a
//! number, a date or an hour, a name, a word rare in general language and rare in this pair
//! of documents count; a word that any two texts share ("said", "people"), or that the two
//! articles use in every paragraph ("earthquake"), counts little.
//!
//! The evidence of a pair is a sum of link weights (see [`specificity`]) and of the phrases
//! both tell (see [`phrases`]); its score in the reports is `S / (S + strong)`, so that the
//! strong level sits at 0.5 whatever the scale.

use super::phrases::{self, Phrase};
use crate::model::{KeywordMap, Link, PassageLink, Side, SideTerm, Strength, TermClass};
use crate::settings::LinkSettings;
use foldhash::HashMap;

/// Every pair of segments whose shared evidence reaches the related level (with the help
/// of a strong pair beside it, see [`with_neighbours`]), with its strength, sorted by
/// English then Indonesian segment.
pub(super) fn links(map: &KeywordMap, settings: &LinkSettings) -> Vec<PassageLink> {
    let (en_postings, id_postings) = (postings(&map.en), postings(&map.id));
    let (en_years, id_years) = (years(&map.en), years(&map.id));
    let mut id_translated = vec![false; map.id.terms.len()];
    for link in &map.links {
        id_translated[link.id as usize] = true;
    }
    let specificity: Vec<f64> = map
        .links
        .iter()
        .map(|l| specificity(map, l, settings))
        .collect();
    let weights: Vec<f64> = map
        .links
        .iter()
        .zip(&specificity)
        .map(|(l, s)| s / carrying(map, l).sqrt())
        .collect();
    let names: Vec<bool> = map.links.iter().map(|l| is_name(map, l)).collect();
    let words: Vec<bool> = map
        .links
        .iter()
        .zip(&names)
        .map(|(l, &name)| !name && !is_number(map, l))
        .collect();
    let phrases = phrases::told_in_both(map, (&specificity, &words), settings);
    let mut phrases_of = vec![Vec::new(); map.en.segments.len()];
    for (p, phrase) in phrases.iter().enumerate() {
        phrase.en.iter().for_each(|&i| phrases_of[i].push(p));
    }
    let candidates = candidates(
        map,
        (&weights, &phrases),
        (&en_postings, &id_postings),
        settings,
    );
    let shared = candidates.into_iter().map(|(i, j)| {
        let id_terms = &map.id.segments[j];
        let mut evidence = Vec::new();
        for &e in &map.en.segments[i] {
            for (k, link) in map.links_of_english(e) {
                if weights[k] <= 0.0 || id_terms.binary_search(&link.id).is_err() {
                    continue;
                }
                let date = is_day_and_month(&map.en.terms[link.en as usize].key);
                if date && !same_year(&en_years[i], &id_years[j]) {
                    continue;
                }
                let counts_other_things = is_count(&map.en.terms[link.en as usize])
                    && counts_other_things(map, &id_translated, link, (i, j));
                evidence.push(Evidence {
                    weight: weights[k]
                        * if counts_other_things {
                            settings.other_things_share
                        } else {
                            1.0
                        },
                    link: k,
                    name: names[k],
                });
            }
        }
        let told: Vec<&Phrase> = phrases_of[i]
            .iter()
            .map(|&p| &phrases[p])
            .filter(|p| p.id.binary_search(&j).is_ok())
            .collect();
        ((i, j), (evidence, told))
    });
    let evidence: HashMap<(usize, usize), f64> = shared
        .filter(|(_, (evidence, _))| !evidence.is_empty())
        .map(|(pair, (evidence, told))| (pair, one_to_one(map, evidence, told, settings)))
        .collect();
    let mut out = with_neighbours(&evidence, (&en_years, &id_years), settings);
    out.sort_by_key(|l| (l.en, l.id));
    out
}

/// The pairs that share a specific fact: a link between terms in few segments proposes
/// every pair of their segments; a term in many segments weighs little (its weight falls
/// with the square root of its segments on each side) and only adds to pairs found
/// otherwise, so that long documents do not make every pair of passages a candidate.
/// A pair whose evidence cannot make a link even beside a strong pair is left before its
/// evidence is gathered (in a long translation, most pairs that share a word): counted one
/// to one, each term of a passage adds at most its heaviest link, so the weights of the
/// proposing links plus, on the side where it is less, each term's heaviest other link
/// bound it, with the phrases told in both that do not propose pairs.
fn candidates(
    map: &KeywordMap,
    (weights, phrases): (&[f64], &[Phrase]),
    (en_postings, id_postings): (&[Vec<usize>], &[Vec<usize>]),
    settings: &LinkSettings,
) -> Vec<(usize, usize)> {
    let mut proposed: HashMap<(usize, usize), f64> = HashMap::default();
    let mut propose = |en: &[usize], id: &[usize], weight: f64| -> bool {
        let proposes = weight > 0.0 && en.len() * id.len() <= settings.max_pairs_per_fact;
        if proposes {
            for pair in en.iter().flat_map(|&i| id.iter().map(move |&j| (i, j))) {
                *proposed.entry(pair).or_default() += weight;
            }
        }
        proposes
    };
    // What the facts that propose nothing may add: each term its heaviest link, each
    // phrase its weight.
    let (mut en_other, mut id_other) =
        (vec![0.0; map.en.terms.len()], vec![0.0; map.id.terms.len()]);
    for (k, link) in map.links.iter().enumerate() {
        let (e, i) = (link.en as usize, link.id as usize);
        if !propose(&en_postings[e], &id_postings[i], weights[k]) {
            en_other[e] = weights[k].max(en_other[e]);
            id_other[i] = weights[k].max(id_other[i]);
        }
    }
    let bound = |side: &Side, other: &[f64]| -> Vec<f64> {
        side.segments
            .iter()
            .map(|terms| terms.iter().map(|&t| other[t as usize]).sum())
            .collect()
    };
    let (mut en_bound, mut id_bound) = (bound(&map.en, &en_other), bound(&map.id, &id_other));
    for phrase in phrases {
        if !propose(&phrase.en, &phrase.id, phrase.weight) {
            phrase.en.iter().for_each(|&i| en_bound[i] += phrase.weight);
            phrase.id.iter().for_each(|&j| id_bound[j] += phrase.weight);
        }
    }
    let least = (settings.related - settings.neighbour_weight * settings.strong)
        / settings.name_weight.max(1.0);
    let mut out: Vec<(usize, usize)> = proposed
        .into_iter()
        .filter(|&((i, j), weight)| weight + en_bound[i].min(id_bound[j]) >= least)
        .map(|(pair, _)| pair)
        .collect();
    out.sort_unstable();
    out
}

/// The links that pairs' own evidence (`evidence`, by English and Indonesian segment) makes,
/// and those that a strong pair beside them makes where one of their passages has no link
/// of its own and the two do not name different years (`years`, each side's per segment: a
/// photo caption dated 2020 beside a report of 2024 is not in its story).
fn with_neighbours(
    evidence: &HashMap<(usize, usize), f64>,
    (en_years, id_years): (&[Vec<&str>], &[Vec<&str>]),
    settings: &LinkSettings,
) -> Vec<PassageLink> {
    // Passages linked on their own evidence; a neighbour helps only a pair with one that is
    // not (it finds a counterpart in its story for a passage the words leave alone).
    let (mut en_linked, mut id_linked) = (vec![false; en_years.len()], vec![false; id_years.len()]);
    for (&(i, j), _) in evidence.iter().filter(|(_, &e)| e >= settings.related) {
        (en_linked[i], id_linked[j]) = (true, true);
    }
    evidence
        .iter()
        .filter_map(|(&(en, id), &own)| {
            let alone =
                (!en_linked[en] || !id_linked[id]) && same_year(&en_years[en], &id_years[id]);
            let neighbour = alone
                .then(|| strong_neighbour(evidence, en, id, settings))
                .flatten();
            let total =
                own + neighbour.map_or(0.0, |_| settings.neighbour_weight * settings.strong);
            let strength = if own >= settings.strong {
                Strength::Strong
            } else if total >= settings.related {
                Strength::Related
            } else {
                return None;
            };
            Some(PassageLink {
                en,
                id,
                score: total / (total + settings.strong),
                strength,
                shared: Vec::new(),
                beside: neighbour
                    .filter(|_| own < settings.related)
                    .map(|(i, j)| [i, j]),
            })
        })
        .collect()
}

/// The pair around (en, id) (a paragraph before or after on either side or both) that tells
/// the same fact on its own evidence (`strong`), the strongest if several. Separately
/// written articles tell a sub-topic in a run of paragraphs, in either order, so a pair
/// beside such a pair shares its story even where its own words are few.
fn strong_neighbour(
    evidence: &HashMap<(usize, usize), f64>,
    en: usize,
    id: usize,
    settings: &LinkSettings,
) -> Option<(usize, usize)> {
    let around = |k: usize| {
        [k.checked_sub(1), Some(k), Some(k + 1)]
            .into_iter()
            .flatten()
    };
    around(en)
        .flat_map(|i| around(id).map(move |j| (i, j)))
        .filter(|&pair| pair != (en, id))
        .filter_map(|pair| Some((pair, *evidence.get(&pair)?)))
        .filter(|&(_, e)| e >= settings.strong)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(pair, _)| pair)
}

/// One link shared by a pair of segments.
#[derive(Debug, Clone, Copy)]
struct Evidence {
    weight: f64,
    /// Its index in the map.
    link: usize,
    /// Whether it ties names or acronyms.
    name: bool,
}

/// Whether a link ties two names or acronyms (a person, a place, an institution).
fn is_name(map: &KeywordMap, link: &Link) -> bool {
    let name = |class| matches!(class, TermClass::Name | TermClass::Acronym);
    name(map.en.terms[link.en as usize].class) || name(map.id.terms[link.id as usize].class)
}

/// Whether a link ties numbers, dates or hours.
fn is_number(map: &KeywordMap, link: &Link) -> bool {
    map.en.terms[link.en as usize].class == TermClass::Number
        || map.id.terms[link.id as usize].class == TermClass::Number
}

/// Whether a term is a count or an amount (not a year, a date or an hour).
fn is_count(term: &SideTerm) -> bool {
    term.class == TermClass::Number && term.key.parse::<f64>().is_ok() && !is_year(&term.key)
}

/// Whether a number shared by two segments counts other things on each side: the word
/// after it is translated in the other document on both sides, but neither of the two
/// words after it ("412 damaged homes") by one on the other side ("46 houses were
/// damaged", "46 warga meninggal"). A classifier ("832 orang") counts whatever the other
/// side counts. `id_translated`: whether each Indonesian term has a link.
fn counts_other_things(
    map: &KeywordMap,
    id_translated: &[bool],
    link: &Link,
    (en, id): (usize, usize),
) -> bool {
    let (en_words, id_words) = (counted(&map.en, en, link.en), counted(&map.id, id, link.id));
    let (Some(&en_noun), Some(&id_noun)) = (en_words.first(), id_words.first()) else {
        return false;
    };
    let translated =
        map.links_of_english(en_noun).next().is_some() && id_translated[id_noun as usize];
    translated
        && !ID_CLASSIFIERS.contains(&map.id.terms[id_noun as usize].key.as_str())
        && !en_words.iter().any(|&e| {
            map.links_of_english(e)
                .any(|(_, l)| id_words.contains(&l.id))
        })
}

/// Indonesian words that count without naming what they count (832 orang, 3 unit, 5 ekor).
const ID_CLASSIFIERS: &[&str] = &["orang", "unit", "buah", "ekor", "jiwa", "kali"];

/// The two words after the first occurrence of `term` in a segment (what it counts).
fn counted(side: &Side, segment: usize, term: u32) -> Vec<u32> {
    let occurrences = &side.occurrences[segment];
    let Some(at) = occurrences.iter().position(|o| o.term == term) else {
        return Vec::new();
    };
    occurrences[at + 1..]
        .iter()
        .map(|o| o.term)
        .filter(|&t| side.terms[t as usize].class != TermClass::Number)
        .take(2)
        .collect()
}

/// The segments each term of a side occurs in.
fn postings(side: &Side) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); side.terms.len()];
    for (s, terms) in side.segments.iter().enumerate() {
        for &t in terms {
            out[t as usize].push(s);
        }
    }
    out
}

/// The years each segment of a side names.
fn years(side: &Side) -> Vec<Vec<&str>> {
    side.segments
        .iter()
        .map(|terms| {
            terms
                .iter()
                .map(|&t| &side.terms[t as usize])
                .filter(|t| t.class == TermClass::Number && is_year(&t.key))
                .map(|t| t.key.as_str())
                .collect()
        })
        .collect()
}

fn is_year(key: &str) -> bool {
    key.parse::<u32>().is_ok_and(|y| (1900..=2100).contains(&y))
}

/// A date's key without its year ("26/12"; the year is a term of its own).
fn is_day_and_month(key: &str) -> bool {
    key.split_once('/')
        .is_some_and(|(d, m)| d.parse::<u8>().is_ok() && m.parse::<u8>().is_ok())
}

/// Whether two passages can tell the same time: unless both name years and none in common
/// (26 December 2004 is not 26/12/2019).
fn same_year(en: &[&str], id: &[&str]) -> bool {
    en.is_empty() || id.is_empty() || en.iter().any(|y| id.contains(y))
}

/// The weight of a pair's shared evidence, each word counted once: the strongest links
/// first, a link whose words on either side are already matched does not match again
/// ("police" and "police officer" are one fact with "polisi"), and its words on the other
/// side are matched by it too (BNPB, "National Disaster Management Agency" and "Badan
/// Nasional Penanggulangan Bencana" are one agency, however many ways its links pair them).
/// Names place a passage in its story more than they tell its fact: the first counts
/// `name_weight`, each further one `further_name` of the one before ("Nasaruddin Umar" is
/// one person).
fn one_to_one<'m>(
    map: &'m KeywordMap,
    mut evidence: Vec<Evidence>,
    mut told: Vec<&Phrase>,
    settings: &LinkSettings,
) -> f64 {
    let mut counted = Vec::new();
    evidence.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.link.cmp(&b.link)));
    let words = |side: &'m Side, term: u32| -> Vec<&'m str> {
        side.terms[term as usize].key.split(' ').collect()
    };
    let (mut en_used, mut id_used): (Vec<&str>, Vec<&str>) = (Vec::new(), Vec::new());
    let (mut total, mut name_share) = (0.0, settings.name_weight);
    for e in evidence {
        let link = &map.links[e.link];
        let (en, id) = (words(&map.en, link.en), words(&map.id, link.id));
        let seen = en.iter().any(|w| en_used.contains(w)) || id.iter().any(|w| id_used.contains(w));
        en_used.extend(en);
        id_used.extend(id);
        if seen {
            continue;
        }
        if e.name {
            total += e.weight * name_share;
            name_share *= settings.further_name;
        } else {
            total += e.weight;
            counted.push(e.link);
        }
    }
    // Each counted word in one phrase at most, the heaviest first.
    told.sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.links.cmp(&b.links)));
    for phrase in told {
        if phrase.links.iter().all(|k| counted.contains(k)) {
            counted.retain(|k| !phrase.links.contains(k));
            total += phrase.weight;
        }
    }
    total
}

/// How much one link says that two passages report the same fact: its strength, times how
/// rare the linked terms are in general language (or, for a number, how unlikely the same
/// value is by chance), times its class. A pair's evidence shares it out over the pairs of
/// segments that carry it ([`carrying`]): a term in every paragraph of both articles ties
/// none of them to another.
fn specificity(map: &KeywordMap, link: &Link, settings: &LinkSettings) -> f64 {
    let (t, u) = (
        &map.en.terms[link.en as usize],
        &map.id.terms[link.id as usize],
    );
    let (rarity, class_weight) = match t.class.max(u.class) {
        TermClass::Number => (number_rarity(&t.key, settings), settings.number_weight),
        _ => (
            word_rarity(
                phrase_zipf(t, settings).max(phrase_zipf(u, settings)),
                settings,
            ),
            1.0,
        ),
    };
    link.strength as f64 * rarity * class_weight
}

/// How many pairs of segments carry a link.
fn carrying(map: &KeywordMap, link: &Link) -> f64 {
    let segments = |side: &Side, term: u32| side.terms[term as usize].segments.max(1);
    (segments(&map.en, link.en) * segments(&map.id, link.id)) as f64
}

/// How common a term is: a phrase ("tear gas") is rarer than its rarest word, by
/// `phrase_zipf_drop` per word after the first.
fn phrase_zipf(term: &SideTerm, settings: &LinkSettings) -> f64 {
    let words = term.key.split(' ').count();
    let zipf = term.zipf as f64;
    if zipf == 0.0 {
        return 0.0;
    }
    (zipf - settings.phrase_zipf_drop * (words - 1) as f64).max(f64::MIN_POSITIVE)
}

/// 1 for a word rarer than `rare_zipf` (or not in the background lists), falling to
/// `min_rarity` for a word as common as `common_zipf`.
fn word_rarity(zipf: f64, settings: &LinkSettings) -> f64 {
    if zipf == 0.0 {
        return 1.0;
    }
    ((settings.common_zipf - zipf) / (settings.common_zipf - settings.rare_zipf))
        .clamp(settings.min_rarity, 1.0)
}
/// How unlikely two texts are to share a value by chance: small counts ("two", "10") and
/// years are common; "832" or "16.372" is not.
fn number_rarity(key: &str, settings: &LinkSettings) -> f64 {
    match key.parse::<f64>() {
        Ok(v) if v <= 12.0 => settings.small_number_rarity,
        Ok(v) if (1900.0..=2100.0).contains(&v) && v.fract() == 0.0 => settings.year_rarity,
        _ => 1.0,
    }
}
