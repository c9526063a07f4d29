//! Entity rules: titles, institutions, name words and heads, identifiers, ages, initials,
//! name variants, known names (aliases) and the cue words around names, merged from the
//! `rules/*/entities.yaml` files, `rules/aliases.yaml` and the title rules of
//! `rules/settings.yaml`.

use std::collections::{BTreeMap, BTreeSet};

use super::file::{self, EntityKind, Order, RuleFile};
use super::{add_phrases, line_of, line_of_nth, tokens, upsert, PhraseSet};
use crate::error::{Error, Result};
use crate::text::phrase_tokens;

/// A title or role, merged over all files that list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TitleInfo {
    /// The canonical name shown in reports.
    pub name: String,
    pub class: String,
    pub exclusive: Vec<String>,
    /// An office of a place ("Bupati Garut Rudy Gunawan"); see [`file::TitleEntry`].
    pub(crate) jurisdiction: bool,
}

/// What an institution word makes of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Institution {
    pub head: String,
    pub(crate) category: String,
}

/// A known place or organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Alias {
    pub name: String,
    pub kind: EntityKind,
    /// Its forms not in capitals, word by word, lower-case (["tiongkok"], ["amerika",
    /// "serikat"]).
    pub forms: Vec<Vec<String>>,
}

/// One written form of a known entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct AliasForm {
    /// Index in [`EntityRules::alias_list`].
    pub(crate) alias: usize,
    /// Written in capitals ("AS"): matches only text in capitals.
    pub(crate) caps: bool,
}

/// Entity words and cues, merged over all files (`rules/*/entities.yaml`,
/// `rules/aliases.yaml`, and `title_rules`, `exclusive_affiliations` and `keyboard_rows` of
/// `rules/settings.yaml`).
#[derive(Debug, Clone, Default)]
pub(crate) struct EntityRules {
    /// Title forms → index in `title_list`.
    pub(crate) titles: PhraseSet<usize>,
    pub(crate) title_list: Vec<TitleInfo>,
    /// Institution words → (index in `institution_list`, where the word stands).
    pub(crate) institutions: PhraseSet<(usize, Order)>,
    pub(crate) institution_list: Vec<Institution>,
    /// Words of institution names → their canonical word.
    pub(crate) name_words: PhraseSet<String>,
    /// Head words of names with no other cue, and the kind they make the name.
    pub(crate) name_heads: PhraseSet<EntityKind>,
    /// Identifiers (`identifiers`): words before a code → its type ("penerbangan" →
    /// "flight").
    pub(crate) code_heads: PhraseSet<String>,
    /// Document type words → (type, short form): "peraturan pemerintah" → ("regulation",
    /// "PP").
    pub(crate) document_types: PhraseSet<(String, String)>,
    /// Head words of names a hull number may follow → the type ("kri" → "ship").
    pub(crate) numbered_names: PhraseSet<String>,
    /// Words that announce a vehicle's plate (`identifiers.plates.forms`: "nopol").
    pub(crate) plate_heads: PhraseSet<()>,
    /// A plate's region codes → the type plates are reported as (`identifiers.plates`:
    /// "b" → "plate").
    pub(crate) plate_regions: PhraseSet<String>,
    /// Words between a document's number and its year ("tahun").
    pub(crate) identifier_years: PhraseSet<()>,
    /// Words after a document's number before what it is about ("tentang").
    pub(crate) identifier_about: PhraseSet<()>,
    /// Ages (`ages`): words right before an age's number ("berusia", "aged").
    pub(crate) age_before: PhraseSet<()>,
    /// Words between a name and an `age_before` word ("yang").
    pub(crate) age_between: PhraseSet<()>,
    /// Units after an age's number ("tahun", "years old").
    pub(crate) age_units: PhraseSet<()>,
    /// Words before a person's initials (`ages.initials_before`: "berinisial").
    pub(crate) initials_before: PhraseSet<()>,
    /// Words that join a list of initials' last two items (`initials.joiners`: "dan").
    pub(crate) initials_joiners: PhraseSet<()>,
    /// Words that may stand before each initials of a list (`initials.honorifics`:
    /// "saudara").
    pub(crate) initials_honorifics: PhraseSet<()>,
    /// Words that say who the people of a list of initials are → the role
    /// (`initials.roles`: "tersangka" → "suspect").
    pub(crate) initials_roles: PhraseSet<String>,
    /// Each word of a `name_variants.words` set → the set's number.
    pub(crate) variant_words: BTreeMap<String, usize>,
    /// Words made from a known name (`derived` in `aliases.yaml`: "german", "israeli"),
    /// lower-case: no slip of its forms.
    pub(crate) derived_words: BTreeSet<String>,
    /// Alternating endings and beginnings of one word (`name_variants`).
    pub(crate) variant_endings: Vec<(String, String)>,
    pub(crate) variant_beginnings: Vec<(String, String)>,
    pub(crate) variant_infixes: Vec<(String, String)>,
    /// Beginnings that make another word (`distinct_words.beginnings`), and those that
    /// make a head of what the rest names (`distinct_words.prefixes`).
    pub(crate) distinct_beginnings: Vec<(String, String)>,
    /// Each letter of `keyboard_rows` → (row, column): where its key is.
    pub(crate) keys: BTreeMap<char, (usize, usize)>,
    pub(crate) head_prefixes: Vec<String>,
    /// Endings that make a nickname of a name's word (`distinct_words.endings`).
    pub(crate) nickname_endings: Vec<String>,
    pub(crate) aliases: PhraseSet<AliasForm>,
    pub(crate) alias_list: Vec<Alias>,
    /// Affiliation words → whether they need a role before them.
    pub(crate) affiliation_words: PhraseSet<bool>,
    pub(crate) apposition: PhraseSet<()>,
    pub(crate) determiners: PhraseSet<()>,
    /// Forms of address (`address`): determiners that mark a person's name.
    pub(crate) address: PhraseSet<()>,
    pub(crate) speech_before: PhraseSet<()>,
    pub(crate) speech_after: PhraseSet<()>,
    pub(crate) former: PhraseSet<()>,
    /// After a titled name: the person holds another office now (`now_after`).
    pub(crate) now_after: PhraseSet<()>,
    pub(crate) serving: PhraseSet<()>,
    pub(crate) common_openers: PhraseSet<()>,
    pub(crate) retired: PhraseSet<()>,
    pub(crate) connectors: PhraseSet<()>,
    pub(crate) institution_connectors: PhraseSet<()>,
    pub(crate) institution_of: PhraseSet<()>,
    pub(crate) place_suffixes: PhraseSet<()>,
    /// Words that end an office's area after a place ("Kapolres Cirebon Kota").
    pub(crate) jurisdiction_suffixes: PhraseSet<()>,
    pub(crate) place_prefixes: PhraseSet<()>,
    /// Prepositions of place ("di", "ke"): a word after them is a place in the article.
    pub(crate) place_before: PhraseSet<()>,
    /// Words after which a lone capitalised word is an origin ("of Maine"), no person.
    pub(crate) origin_before: PhraseSet<()>,
    pub(crate) title_fields: PhraseSet<()>,
    /// Corps and service tags after a rank (`rank_tags`): "Inf", "Laut", "(P)".
    pub(crate) rank_tags: PhraseSet<()>,
    pub(crate) inflections: BTreeSet<String>,
    /// Words glued to a name before them by a lost space (`glued_words`), lower case.
    pub(crate) glued_words: BTreeSet<String>,
    /// Generational suffixes of names ("jr", "iii"), lower case.
    pub(crate) name_suffixes: BTreeSet<String>,
    pub(crate) incompatible_classes: Vec<(String, String)>,
    /// Title classes that are ranks (`title_rules.rank_classes`).
    pub(crate) rank_classes: BTreeSet<String>,
    /// Title classes held in retirement (`title_rules.retirement_classes`).
    pub(crate) retirement_classes: BTreeSet<String>,
    pub(crate) exclusive_affiliations: BTreeSet<String>,
}

impl EntityRules {
    /// The entity sections of one file: titles, institutions, aliases and cue words.
    pub(super) fn merge(&mut self, path: &str, text: &str, f: &RuleFile) -> Result<()> {
        for t in &f.titles {
            // A title listed in several files is an office of a place if any says so.
            let jurisdiction = t.jurisdiction
                || self
                    .title_list
                    .iter()
                    .any(|x| x.name == t.title.0 && x.jurisdiction);
            // So are its exclusive groups: each file adds its own ("Kolonel" of the
            // Indonesian ranks and "colonel" of the English file are one rank).
            let mut exclusive: Vec<String> = self
                .title_list
                .iter()
                .filter(|x| x.name == t.title.0)
                .flat_map(|x| x.exclusive.iter().cloned())
                .collect();
            for g in &t.exclusive {
                if !exclusive.contains(&g.0) {
                    exclusive.push(g.0.clone());
                }
            }
            let info = TitleInfo {
                name: t.title.0.clone(),
                class: t.class.0.clone(),
                exclusive,
                jurisdiction,
            };
            let index = upsert(&mut self.title_list, info, |a, b| a.name == b.name);
            for form in &t.forms {
                self.titles.insert(tokens(path, text, form)?, index);
            }
        }
        // Each title's deputy, unless the title is a deputy's already or the deputy is
        // listed with its own forms ("Wakil Presiden"): the deputy holds the title's
        // exclusive groups, so a deputy minister called minister is one person given two
        // offices, and "Wakil Menteri Luar Negeri" is read whole, not "Menteri Luar Negeri"
        // with "Wakil" dropped.
        if let Some(d) = &f.deputies {
            let prefix = format!("{} ", d.name.0);
            for t in &f.titles {
                if t.title.0.starts_with(&prefix) {
                    continue;
                }
                let name = format!("{prefix}{}", t.title.0);
                let Some(base) = self.title_list.iter().find(|x| x.name == t.title.0) else {
                    continue;
                };
                let info = TitleInfo {
                    name: name.clone(),
                    class: base.class.clone(),
                    exclusive: base.exclusive.clone(),
                    jurisdiction: base.jurisdiction,
                };
                let index = match self.title_list.iter().position(|x| x.name == name) {
                    Some(i) => i,
                    None => upsert(&mut self.title_list, info, |a, b| a.name == b.name),
                };
                for word in &d.forms {
                    for form in &t.forms {
                        let phrase = file::Phrase(format!("{} {}", word.0, form.0));
                        let toks = tokens(path, text, &phrase)?;
                        // A form listed for another title stays that title's.
                        if self.titles.get(&toks).is_none() {
                            self.titles.insert(toks, index);
                        }
                    }
                }
            }
        }
        for inst in &f.institutions {
            let info = Institution {
                head: inst.head.0.clone(),
                category: inst.category.0.clone(),
            };
            let index = upsert(&mut self.institution_list, info, |a, b| a == b);
            for form in &inst.forms {
                self.institutions
                    .insert(tokens(path, text, form)?, (index, inst.order));
            }
        }
        for w in &f.name_words {
            // The canonical word is a form too ("Technology" in "Bandung Institute of
            // Technology" is the name word "Teknologi" is a form of).
            for form in std::iter::once(&w.word).chain(&w.forms) {
                self.name_words
                    .insert(tokens(path, text, form)?, w.word.0.clone());
            }
        }
        for h in &f.name_heads {
            for form in &h.forms {
                self.name_heads.insert(tokens(path, text, form)?, h.kind);
            }
        }
        let ids = &f.identifiers;
        for (set, list) in [
            (&mut self.code_heads, &ids.codes),
            (&mut self.numbered_names, &ids.numbered_names),
        ] {
            for t in list {
                for form in &t.forms {
                    set.insert(tokens(path, text, form)?, t.kind.0.clone());
                }
            }
        }
        for t in &ids.documents {
            // The short form is written as given ("PP", "Perpres"); without one, the type.
            let short = t.short.clone().unwrap_or_else(|| t.kind.0.clone());
            for form in &t.forms {
                self.document_types
                    .insert(tokens(path, text, form)?, (t.kind.0.clone(), short.clone()));
            }
        }
        add_phrases(&mut self.plate_heads, &ids.plates.forms, path, text)?;
        if let Some(kind) = &ids.plates.kind {
            for region in &ids.plates.regions {
                self.plate_regions
                    .insert(tokens(path, text, region)?, kind.0.clone());
            }
        }
        add_phrases(&mut self.identifier_years, &ids.years, path, text)?;
        add_phrases(&mut self.identifier_about, &ids.about, path, text)?;
        add_phrases(&mut self.age_before, &f.ages.before, path, text)?;
        add_phrases(&mut self.age_between, &f.ages.between, path, text)?;
        add_phrases(&mut self.age_units, &f.ages.units, path, text)?;
        add_phrases(
            &mut self.initials_before,
            &f.ages.initials_before,
            path,
            text,
        )?;
        add_phrases(&mut self.initials_joiners, &f.initials.joiners, path, text)?;
        add_phrases(
            &mut self.initials_honorifics,
            &f.initials.honorifics,
            path,
            text,
        )?;
        for r in &f.initials.roles {
            for form in &r.forms {
                self.initials_roles
                    .insert(tokens(path, text, form)?, r.role.0.clone());
            }
        }
        let v = &f.name_variants;
        for set in &v.words {
            let id = self.variant_words.values().max().map_or(0, |m| m + 1);
            // A word already in a set joins the new set's words to that set.
            let id = set
                .iter()
                .find_map(|w| self.variant_words.get(&w.0).copied())
                .unwrap_or(id);
            for w in set {
                self.variant_words.insert(w.0.clone(), id);
            }
        }
        for (a, b) in &v.endings {
            self.variant_endings.push((a.0.clone(), b.0.clone()));
        }
        for (a, b) in &v.beginnings {
            self.variant_beginnings.push((a.0.clone(), b.0.clone()));
        }
        for (a, b) in &v.letters {
            self.variant_infixes.push((a.0.clone(), b.0.clone()));
        }
        let rows = self.keys.values().map(|&(r, _)| r + 1).max().unwrap_or(0);
        for (r, row) in f.keyboard_rows.iter().enumerate() {
            for (x, c) in row.0.chars().filter(|c| c.is_alphabetic()).enumerate() {
                self.keys.entry(c).or_insert((rows + r, x));
            }
        }
        let d = &f.distinct_words;
        for (a, b) in &d.beginnings {
            self.distinct_beginnings.push((a.0.clone(), b.0.clone()));
        }
        self.head_prefixes
            .extend(d.prefixes.iter().map(|p| p.0.clone()));
        self.nickname_endings
            .extend(d.endings.iter().map(|p| p.0.clone()));
        for a in &f.aliases {
            let info = Alias {
                name: a.name.0.clone(),
                kind: a.kind,
                forms: Vec::new(),
            };
            let index = upsert(&mut self.alias_list, info, |a, b| a.name == b.name);
            self.derived_words
                .extend(a.derived.iter().map(|w| w.0.to_lowercase()));
            for form in &a.forms {
                let letters: Vec<char> = form.0.chars().filter(|c| c.is_alphabetic()).collect();
                let caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
                let toks = phrase_tokens(&form.0);
                if toks.is_empty() {
                    return Err(Error::rules(
                        path,
                        line_of(text, &form.0),
                        format!("'{}' has no words", form.0),
                    ));
                }
                if let Some(old) = self.aliases.get(&toks) {
                    if self.alias_list[old.alias].name != a.name.0 && !old.caps && !caps {
                        return Err(Error::rules(
                            path,
                            line_of_nth(text, &form.0, 2),
                            format!(
                                "'{}' is a form of both {} and {}",
                                form.0, self.alias_list[old.alias].name, a.name.0
                            ),
                        ));
                    }
                }
                if !caps && !self.alias_list[index].forms.contains(&toks) {
                    self.alias_list[index].forms.push(toks.clone());
                }
                self.aliases.insert(toks, AliasForm { alias: index, caps });
            }
        }
        let c = &f.entity_cues;
        for w in &c.affiliation {
            self.affiliation_words
                .insert(tokens(path, text, &w.word)?, w.needs_role);
        }
        for (set, list) in [
            (&mut self.apposition, &c.apposition),
            (&mut self.determiners, &c.determiners),
            (&mut self.address, &c.address),
            (&mut self.speech_before, &c.speech_before),
            (&mut self.speech_after, &c.speech_after),
            (&mut self.former, &c.former),
            (&mut self.now_after, &c.now_after),
            (&mut self.serving, &c.serving),
            (&mut self.common_openers, &c.common_openers),
            (&mut self.retired, &c.retired),
            (&mut self.connectors, &c.connectors),
            (&mut self.institution_connectors, &c.institution_connectors),
            (&mut self.institution_of, &c.institution_of),
            (&mut self.place_suffixes, &c.place_suffixes),
            (&mut self.jurisdiction_suffixes, &c.jurisdiction_suffixes),
            (&mut self.place_prefixes, &c.place_prefixes),
            (&mut self.place_before, &c.place_before),
            (&mut self.origin_before, &c.origin_before),
            (&mut self.title_fields, &c.title_fields),
            (&mut self.rank_tags, &c.rank_tags),
        ] {
            add_phrases(set, list, path, text)?;
        }
        // A form of address is a determiner too: no part of the name after it.
        add_phrases(&mut self.determiners, &c.address, path, text)?;
        self.inflections
            .extend(c.inflections.iter().map(|p| p.0.clone()));
        self.glued_words
            .extend(c.glued_words.iter().map(|p| p.0.to_lowercase()));
        self.name_suffixes
            .extend(c.name_suffixes.iter().map(|p| p.0.to_lowercase()));
        for (a, b) in &f.title_rules.incompatible_classes {
            self.incompatible_classes.push((a.0.clone(), b.0.clone()));
        }
        self.rank_classes
            .extend(f.title_rules.rank_classes.iter().map(|p| p.0.clone()));
        self.retirement_classes
            .extend(f.title_rules.retirement_classes.iter().map(|p| p.0.clone()));
        self.exclusive_affiliations
            .extend(f.exclusive_affiliations.iter().map(|p| p.0.clone()));
        Ok(())
    }

    /// The surname of a person's name key words: the last word that is no generational
    /// suffix ("jesse jackson jr": `jackson`), with the suffix after it, if any.
    pub(crate) fn surname<'k>(&self, words: &[&'k str]) -> Option<(&'k str, Option<&'k str>)> {
        match words {
            [.., last, suffix] if self.name_suffixes.contains(*suffix) => {
                Some((last, Some(suffix)))
            }
            [.., last] => Some((last, None)),
            [] => None,
        }
    }

    /// Whether one word alone is a head word of names or a place prefix ("Kelurahan",
    /// "Bandara").
    pub(crate) fn head_word(&self, word: &str) -> bool {
        let one = [word.to_string()];
        self.name_heads.get(&one).is_some() || self.place_prefixes.get(&one).is_some()
    }

    /// Whether `word` (lower case) is by itself a form of a known name (`aliases`) or a
    /// title.
    pub(crate) fn known_word(&self, word: &str) -> bool {
        let one = [word.to_string()];
        self.aliases.get(&one).is_some() || self.titles.get(&one).is_some()
    }
}
