//! The lexicon's entries in one flat block of bytes: every key in one string, an entry a
//! fixed-size record of offsets into it, each side's first key in a sorted array of hashes.
//! The compiled file (see compiled.rs) is that block as it is, so a process maps it and
//! reads only the pages its documents' words lead to: it starts in milliseconds instead of
//! building 300,000 strings and a hash map.

use crate::analyze::stem::Shape;
use crate::model::LinkKind;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::Arc;

/// One lexicon pair, as analysis keys of both sides (several keys make a phrase).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Entry<'a> {
    pub en: Keys<'a>,
    pub id: Keys<'a>,
    /// Where the pair comes from, for the evidence of a link.
    pub source: &'static str,
    /// A dictionary pair, or one learned from aligned text.
    pub kind: LinkKind,
    /// How much the pair is trusted, 0..1 (a learned pair's strength; 1 for dictionaries).
    pub strength: f32,
    /// How many entries of its source share its English side, or its Indonesian side
    /// (the larger): its word's number of senses there.
    pub senses: u32,
    /// How a one-word English side is derived from its key.
    pub en_shape: Shape,
    /// How a one-word Indonesian side is derived from its key.
    pub id_shape: Shape,
}

/// A side's analysis keys as stored: one word, or the words of a phrase separated by spaces
/// (an analysis key never holds one).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Keys<'a>(&'a str);

impl<'a> Keys<'a> {
    pub fn iter(self) -> impl Iterator<Item = &'a str> {
        self.0.split(' ')
    }

    pub fn first(self) -> &'a str {
        self.iter().next().unwrap_or_default()
    }

    /// The key of a one-word side.
    pub fn single(self) -> Option<&'a str> {
        (!self.0.contains(' ')).then_some(self.0)
    }

    /// Whether these are exactly `keys`.
    pub fn equals(self, keys: &[String]) -> bool {
        self.iter().eq(keys.iter().map(String::as_str))
    }
}

/// Which side of the entries.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Side {
    English,
    Indonesian,
}

/// The entries, as bytes laid out as described in the module doc (the layout:
/// [`Table::encode`]).
#[derive(Debug, Clone)]
pub(crate) struct Table {
    bytes: Bytes,
    text: Range<usize>,
    records: usize,
    en_index: usize,
    id_index: usize,
    len: u32,
    /// How many leading bits of a first key's hash pick its bucket in an index.
    bucket_bits: u32,
    sources: Vec<&'static str>,
}

/// Where a table's bytes live: built in memory, or a compiled file mapped.
#[derive(Debug, Clone)]
pub(crate) enum Bytes {
    Built(Arc<Vec<u8>>),
    Mapped(Arc<memmap2::Mmap>),
}

impl std::ops::Deref for Bytes {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Built(bytes) => bytes,
            Bytes::Mapped(map) => map,
        }
    }
}

impl Default for Table {
    fn default() -> Self {
        Builder::default().finish()
    }
}

impl Table {
    /// The table these bytes hold (`sources` names what each entry's source index means),
    /// if they hold a whole one. Only the sizes are checked, not each record: the bytes of
    /// a damaged record read as an entry that matches nothing.
    pub fn open(bytes: Bytes, sources: Vec<&'static str>) -> Option<Table> {
        let mut reader = Reader(bytes.strip_prefix(MAGIC)?);
        let (text_len, len) = (reader.u32()? as usize, reader.u32()?);
        let text = MAGIC.len() + 8..MAGIC.len() + 8 + text_len;
        let records = text.end;
        let bucket_bits = crate::fnv::bucket_bits(len as usize);
        // A side's index: its entries, then where each bucket of them begins.
        let side_bytes = len as usize * INDEX + ((1 << bucket_bits) + 1) * 4;
        let en_index = records + len as usize * RECORD;
        let id_index = en_index + side_bytes;
        (bytes.len() == id_index + side_bytes).then_some(Table {
            bytes,
            text,
            records,
            en_index,
            id_index,
            len,
            bucket_bits,
            sources,
        })
    }

    /// The bytes of the table, what [`Table::open`] reads back.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.len as usize
    }

    #[cfg(test)]
    pub fn entries(&self) -> impl Iterator<Item = Entry<'_>> {
        (0..self.len).map(|k| self.entry(k))
    }

    pub fn entry(&self, k: u32) -> Entry<'_> {
        let r = self.record(k);
        Entry {
            en: self.side_keys(&r, Side::English),
            id: self.side_keys(&r, Side::Indonesian),
            source: self
                .sources
                .get(usize::from(r.source))
                .copied()
                .unwrap_or("?"),
            kind: if r.kind == 1 {
                LinkKind::Learned
            } else {
                LinkKind::Lexicon
            },
            strength: f32::from_bits(r.strength),
            senses: r.senses,
            en_shape: Shape::from_byte(r.en_shape),
            id_shape: Shape::from_byte(r.id_shape),
        }
    }

    /// An entry's record (zeros past the end: a damaged file).
    fn record(&self, k: u32) -> Record {
        let at = self.records + k as usize * RECORD;
        let mut field = Reader(self.bytes.get(at..at + RECORD).unwrap_or_default());
        let mut number = || field.u32().unwrap_or_default();
        let (start, lengths, strength, senses) = (number(), number(), number(), number());
        let mut byte = || field.u8().unwrap_or_default();
        Record {
            start,
            lengths,
            strength,
            senses,
            source: byte(),
            kind: byte(),
            en_shape: byte(),
            id_shape: byte(),
        }
    }

    /// One side's keys of a record.
    fn side_keys(&self, r: &Record, side: Side) -> Keys<'_> {
        self.keys(r.side(side))
    }

    /// Keys at these offsets of the text (none if they are not text: a damaged file).
    fn keys(&self, range: Range<usize>) -> Keys<'_> {
        let text = &self.bytes[self.text.clone()];
        Keys(
            text.get(range)
                .and_then(|bytes| std::str::from_utf8(bytes).ok())
                .unwrap_or_default(),
        )
    }

    /// The first key of an entry's side.
    pub fn first_key(&self, k: u32, side: Side) -> &str {
        self.side_keys(&self.record(k), side).first()
    }

    /// The entries whose `side` begins with `key`, in lexicon order.
    pub fn starting_with<'a>(&'a self, side: Side, key: &'a str) -> impl Iterator<Item = u32> + 'a {
        self.starting_with_where(side, key, |_| true)
    }

    /// The entries whose `side` begins with `key` and whose other side's first key has a
    /// hash `other` accepts, in lexicon order. The index holds both hashes, so the entries
    /// `other` refuses are passed over without reading their records.
    pub fn starting_with_where<'a>(
        &'a self,
        side: Side,
        key: &'a str,
        other: impl Fn(u64) -> bool + 'a,
    ) -> impl Iterator<Item = u32> + 'a {
        let index = match side {
            Side::English => self.en_index,
            Side::Indonesian => self.id_index,
        };
        let at = move |i: u32| {
            let mut reader = Reader(&self.bytes[index + i as usize * INDEX..]);
            (
                reader.u64().unwrap_or_default(),
                reader.u64().unwrap_or_default(),
                reader.u32().unwrap_or_default(),
            )
        };
        let hash = crate::fnv::hash(key.as_bytes());
        let buckets = index + self.len as usize * INDEX;
        let bucket = buckets + crate::fnv::bucket(hash, self.bucket_bits) * 4;
        let mut reader = Reader(self.bytes.get(bucket..).unwrap_or_default());
        let (start, end) = (reader.u32().unwrap_or(0), reader.u32().unwrap_or(0));
        (start..end.min(self.len))
            .map(at)
            .filter(move |&(h, other_hash, k)| h == hash && k < self.len && other(other_hash))
            .map(|(.., k)| k)
            .filter(move |&k| self.first_key(k, side) == key)
    }

    /// This table with pairs of one more source added: (`english keys`, `indonesian keys`,
    /// kind, strength), their senses counted among themselves.
    pub fn with(&self, source: &'static str, pairs: Vec<Analyzed>) -> Table {
        let mut builder = Builder {
            sources: self.sources.clone(),
            ..Builder::default()
        };
        for k in 0..self.len {
            let (entry, record) = (self.entry(k), self.record(k));
            builder.push(
                entry.en.0,
                entry.id.0,
                Record {
                    senses: entry.senses,
                    ..record
                },
            );
        }
        builder.add(source, pairs);
        builder.finish()
    }
}

/// A pair analyzed into keys.
#[derive(Debug, Clone)]
pub(crate) struct Analyzed {
    pub en: Vec<String>,
    pub id: Vec<String>,
    pub kind: LinkKind,
    pub strength: f32,
    /// How a one-word English side is derived from its key.
    pub en_shape: Shape,
    /// How a one-word Indonesian side is derived from its key.
    pub id_shape: Shape,
}

/// An entry as stored: where its keys start in the text, the English side's length in the
/// low half of `lengths` and the Indonesian side's (right after it) in the high half, the
/// strength's bits, the senses, the source's place among the table's sources, the kind
/// (1 learned, 0 dictionary), the English and the Indonesian side's shapes.
#[derive(Debug, Clone, Copy)]
struct Record {
    start: u32,
    lengths: u32,
    strength: u32,
    senses: u32,
    source: u8,
    kind: u8,
    en_shape: u8,
    id_shape: u8,
}

impl Record {
    /// Where one side's keys lie in the text.
    fn side(&self, side: Side) -> Range<usize> {
        let start = self.start as usize;
        let middle = start + (self.lengths & 0xffff) as usize;
        let end = middle + (self.lengths >> 16) as usize;
        match side {
            Side::English => start..middle,
            Side::Indonesian => middle..end,
        }
    }
}

/// A table being put together.
#[derive(Debug, Default)]
struct Builder {
    text: String,
    records: Vec<Record>,
    sources: Vec<&'static str>,
}

impl Builder {
    /// Adds an entry with these keys (its record's place in the text is set here).
    fn push(&mut self, en: &str, id: &str, record: Record) {
        let start = self.text.len() as u32;
        self.text.push_str(en);
        self.text.push_str(id);
        self.records.push(Record {
            start,
            lengths: en.len() as u32 | (id.len() as u32) << 16,
            ..record
        });
    }

    fn add(&mut self, source: &'static str, pairs: Vec<Analyzed>) {
        let source = match self.sources.iter().position(|&s| s == source) {
            Some(s) => s,
            None => {
                self.sources.push(source);
                self.sources.len() - 1
            }
        };
        let storable = |keys: &Vec<String>| {
            !keys.is_empty()
                && keys.iter().all(|k| !k.is_empty() && !k.contains(' '))
                && keys.iter().map(|k| k.len() + 1).sum::<usize>() <= usize::from(u16::MAX)
        };
        let mut added = Vec::new();
        for pair in pairs {
            if !storable(&pair.en) || !storable(&pair.id) {
                continue;
            }
            let (en, id) = (pair.en.join(" "), pair.id.join(" "));
            let record = Record {
                start: 0,
                lengths: 0,
                strength: pair.strength.to_bits(),
                senses: 1,
                source: source as u8,
                kind: u8::from(pair.kind == LinkKind::Learned),
                en_shape: pair.en_shape.to_byte(),
                id_shape: pair.id_shape.to_byte(),
            };
            self.push(&en, &id, record);
            added.push((en, id));
        }
        // Senses are counted among this source's pairs.
        let (mut en_count, mut id_count) = (HashMap::new(), HashMap::new());
        for (en, id) in &added {
            *en_count.entry(en.as_str()).or_insert(0u32) += 1;
            *id_count.entry(id.as_str()).or_insert(0u32) += 1;
        }
        let first = self.records.len() - added.len();
        for (record, (en, id)) in self.records[first..].iter_mut().zip(&added) {
            record.senses = en_count[en.as_str()].max(id_count[id.as_str()]);
        }
    }

    /// The table: the bytes of the layout below, both first-key indexes sorted.
    ///
    /// `MAGIC`, the text's length and the number of entries (u32 each, little-endian as
    /// every number here); the text; each entry's record (`RECORD` bytes: start, lengths,
    /// strength, senses as u32, source, kind, English and Indonesian shapes as u8); then for each side,
    /// English first, `INDEX` bytes per entry, (hash of the side's first key as u64, hash
    /// of the other side's first key as u64, entry as u32), sorted, then where each bucket
    /// of the first-key hashes begins (u32 each, `fnv::bucket_starts`).
    fn finish(self) -> Table {
        let first_key_hashes = |record: &Record, side: Side| {
            crate::fnv::hash(Keys(&self.text[record.side(side)]).first().as_bytes())
        };
        let index = |side: Side, other: Side| {
            let mut index: Vec<(u64, u64, u32)> = (0u32..)
                .zip(&self.records)
                .map(|(k, record)| {
                    let hash = |side| first_key_hashes(record, side);
                    (hash(side), hash(other), k)
                })
                .collect();
            index.sort_unstable();
            index
        };
        let mut out = Vec::with_capacity(
            MAGIC.len() + 8 + self.text.len() + self.records.len() * (RECORD + 2 * INDEX),
        );
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&(self.text.len() as u32).to_le_bytes());
        out.extend_from_slice(&(self.records.len() as u32).to_le_bytes());
        out.extend_from_slice(self.text.as_bytes());
        for r in &self.records {
            for n in [r.start, r.lengths, r.strength, r.senses] {
                out.extend_from_slice(&n.to_le_bytes());
            }
            out.extend_from_slice(&[r.source, r.kind, r.en_shape, r.id_shape]);
        }
        for (side, other) in [
            (Side::English, Side::Indonesian),
            (Side::Indonesian, Side::English),
        ] {
            let index = index(side, other);
            for &(hash, other_hash, k) in &index {
                out.extend_from_slice(&hash.to_le_bytes());
                out.extend_from_slice(&other_hash.to_le_bytes());
                out.extend_from_slice(&k.to_le_bytes());
            }
            let hashes: Vec<u64> = index.iter().map(|entry| entry.0).collect();
            let bits = crate::fnv::bucket_bits(hashes.len());
            for start in crate::fnv::bucket_starts(&hashes, bits) {
                out.extend_from_slice(&start.to_le_bytes());
            }
        }
        Table::open(Bytes::Built(Arc::new(out)), self.sources).expect("a table just built")
    }
}

/// What a compiled table starts with (the version of its layout).
const MAGIC: &[u8] = b"selaras lexicon 8\n";

/// Bytes of a record and of an index entry.
const RECORD: usize = 20;
const INDEX: usize = 20;

/// Little-endian numbers from the front of a byte slice.
struct Reader<'a>(&'a [u8]);

impl Reader<'_> {
    fn array<const N: usize>(&mut self) -> Option<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>()?;
        self.0 = rest;
        Some(*head)
    }

    fn u8(&mut self) -> Option<u8> {
        Some(self.array::<1>()?[0])
    }

    fn u32(&mut self) -> Option<u32> {
        Some(u32::from_le_bytes(self.array()?))
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.array()?))
    }
}
