//! Stemmers behind one small interface, so the analysis stage does not care which is which.

pub(crate) mod affixes;
pub mod english;
pub mod indonesian;

/// How a word is derived from its stem, where the language marks it: Indonesian
/// meninggal (die) and tinggal (stay), kejadian (event) and menjadi (become) share a stem
/// but not a shape, as English person and personal do. Inflection (-nya, -lah; -s, -ed)
/// and a verb's voice (me-, di-, ter-) do not change it. A dictionary lists no plurals, so
/// a word it writes reduplicated is a word of its own (mata-mata "spy", not mata "eye").
/// Shapes of the two languages are numbered apart and never compared with each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape(u8);

impl Shape {
    /// No shape known (English, a word without a dictionary root, a number): fits any.
    pub const ANY: Shape = Shape(31);

    /// The shape of a derivational prefix class (0 none, 1 verb, 2 agent or instrument
    /// noun, 3 ke-, 4 ber-, 5 se-, 6 infix or reduplicated syllable) and suffix (0 none,
    /// 1 -kan, 2 -an, 3 -i).
    pub(crate) fn of(prefix: u8, suffix: u8) -> Shape {
        Shape(prefix.min(6) * 4 + suffix.min(3))
    }

    /// The same shape, written reduplicated (rumah-rumah, mata-mata).
    pub(crate) fn reduplicated(self) -> Shape {
        if self == Shape::ANY {
            self
        } else {
            Shape(self.0 | REDUPLICATED)
        }
    }

    /// The shape of an English word by the class of its derivational suffix (0 none, see
    /// `english::DERIVATIONS`).
    pub(crate) fn english(class: u8) -> Shape {
        Shape(class.min(Shape::ANY.0 - 1))
    }

    /// The shape as stored in a compiled lexicon.
    pub(crate) fn to_byte(self) -> u8 {
        self.0
    }

    /// A stored shape (any byte: a damaged one fits anything).
    pub(crate) fn from_byte(byte: u8) -> Shape {
        if byte & !REDUPLICATED < Shape::ANY.0 && byte <= Shape::ANY.0 | REDUPLICATED {
            Shape(byte)
        } else {
            Shape::ANY
        }
    }

    /// This shape as one bit of a set of [`Shapes`].
    fn bit(self) -> u64 {
        1 << self.0
    }

    /// The shape without its reduplication, as one bit of a set of [`Shapes`].
    fn plain_bit(self) -> u64 {
        1 << (self.0 & !REDUPLICATED)
    }
}

/// The bit of a [`Shape`] that says it is reduplicated.
const REDUPLICATED: u8 = 32;

/// The shapes a term is written in across a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Shapes(u64);

impl Shapes {
    /// Adds the shape of one more occurrence.
    pub fn add(&mut self, shape: Shape) {
        self.0 |= shape.bit();
    }

    /// Whether a dictionary word of this shape can be one of these: the same shape, or
    /// either unknown; a word the dictionary writes plainly may also be reduplicated in the
    /// text (a plural), one it writes reduplicated only so.
    pub fn fit(self, shape: Shape) -> bool {
        let written = if shape.0 & REDUPLICATED != 0 {
            shape.bit()
        } else {
            shape.bit() | shape.reduplicated().bit()
        };
        shape == Shape::ANY || self.0 & (written | Shape::ANY.bit()) != 0
    }

    /// Whether an Indonesian word of this shape learned from aligned text can be one of
    /// these: as [`Shapes::fit`], and any verb form fits any other (a bare root, me-, di-,
    /// ter-, with or without -kan or -i). Interface strings, which the shipped pairs are
    /// learned from, use the bare imperative ("Save" = Simpan) where documents write
    /// menyimpan or disimpan; a noun or adjective derivation (kumpulan, berakhir,
    /// sebanyak) still fits only itself.
    pub fn fit_learned(self, shape: Shape) -> bool {
        // Prefix class 0 or 1, suffix none, -kan or -i (not -an): shapes 0, 1, 3, 4, 5, 7,
        // plain or reduplicated.
        const VERBAL: u64 = 0b1011_1011 | 0b1011_1011 << REDUPLICATED;
        self.fit(shape) || (shape.plain_bit() & VERBAL != 0 && self.0 & VERBAL != 0)
    }
}

/// Reduces a lower-case word to the stem that the keyword map matches on.
pub trait Stemmer: Send + Sync {
    /// The stem of an ordinary word.
    fn stem(&self, word: &str) -> String;

    /// The stem of an ordinary word and how the word is derived from it.
    fn stem_and_shape(&self, word: &str) -> (String, Shape) {
        (self.stem(word), Shape::ANY)
    }

    /// The stem of a capitalised word that may be a name: by default, the same rules.
    fn stem_name(&self, word: &str) -> String {
        self.stem(word)
    }
}

impl<T: Stemmer + ?Sized> Stemmer for std::sync::Arc<T> {
    fn stem(&self, word: &str) -> String {
        (**self).stem(word)
    }

    fn stem_and_shape(&self, word: &str) -> (String, Shape) {
        (**self).stem_and_shape(word)
    }

    fn stem_name(&self, word: &str) -> String {
        (**self).stem_name(word)
    }
}
