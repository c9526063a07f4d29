//! A conflict's message as data: [`Message`], text with the events it names held as
//! [`EventId`]s, so a report can number its events without rewriting text.

use std::fmt;
use std::ops::Deref;

use super::EventId;

/// One piece of a [`Message`].
#[derive(Debug, Clone)]
enum Part {
    /// Text as written.
    Text(String),
    /// An event, shown as its id (`event-4`).
    Event(EventId),
}

/// One line saying what disagrees with what, in English: text, with the events it names
/// as data (a count update's `... (event-4); check that ...`). It reads as a `str` (its
/// text, events shown by their ids); [`Message::map_events`] changes the events it names.
///
/// Messages compare, order and hash by their text.
#[derive(Debug, Clone, Default)]
pub struct Message {
    parts: Vec<Part>,
    /// The parts' text, kept in step with them.
    text: String,
}

impl Message {
    /// A message of `text` alone, naming no event.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        Message {
            parts: vec![Part::Text(text.clone())],
            text,
        }
    }

    /// The message with `text` added at its end.
    #[must_use]
    pub fn text(mut self, text: &str) -> Self {
        self.push_str(text);
        self
    }

    /// The message with `event` named at its end (shown as `event-4`).
    #[must_use]
    pub fn event(mut self, event: EventId) -> Self {
        self.parts.push(Part::Event(event));
        self.text.push_str(&event.to_string());
        self
    }

    /// Adds `text` at the end.
    pub fn push_str(&mut self, text: &str) {
        match self.parts.last_mut() {
            Some(Part::Text(last)) => last.push_str(text),
            _ => self.parts.push(Part::Text(text.to_string())),
        }
        self.text.push_str(text);
    }

    /// The message's text, with its events shown by their ids.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The events the message names, in order.
    pub fn events(&self) -> impl Iterator<Item = EventId> + '_ {
        self.parts.iter().filter_map(|p| match p {
            Part::Event(e) => Some(*e),
            Part::Text(_) => None,
        })
    }

    /// Replaces each event the message names, in order, with `f` of it.
    pub fn map_events(&mut self, mut f: impl FnMut(EventId) -> EventId) {
        let mut text = String::with_capacity(self.text.len());
        for part in &mut self.parts {
            match part {
                Part::Text(t) => text.push_str(t),
                Part::Event(e) => {
                    *e = f(*e);
                    text.push_str(&e.to_string());
                }
            }
        }
        self.text = text;
    }
}

impl From<String> for Message {
    fn from(text: String) -> Self {
        Message::new(text)
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Self {
        Message::new(text)
    }
}

impl From<Message> for String {
    fn from(m: Message) -> Self {
        m.text
    }
}

impl Deref for Message {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

impl AsRef<str> for Message {
    fn as_ref(&self) -> &str {
        &self.text
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl PartialEq for Message {
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl Eq for Message {}

impl PartialOrd for Message {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Message {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.text.cmp(&other.text)
    }
}

impl std::hash::Hash for Message {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.text.hash(state);
    }
}

impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for Message {
    fn eq(&self, other: &String) -> bool {
        &self.text == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A message reads as its text; renumbering its events changes the ids it shows and
    /// nothing else.
    #[test]
    fn events_are_data() {
        let mut m = Message::new("the count rose between days: 9, then 14 (")
            .event(EventId(7))
            .text("); check that the latest figure is used");
        assert_eq!(
            m,
            "the count rose between days: 9, then 14 (event-7); check that the latest figure is used"
        );
        assert_eq!(m.events().collect::<Vec<_>>(), [EventId(7)]);
        m.push_str("; contradicts the archive: a.txt");
        m.map_events(|e| EventId(e.0 - 6));
        assert_eq!(m.events().collect::<Vec<_>>(), [EventId(1)]);
        assert_eq!(
            m.to_string(),
            "the count rose between days: 9, then 14 (event-1); check that the latest figure \
             is used; contradicts the archive: a.txt"
        );
        // Text that looks like an event id is text.
        let mut plain = Message::from("a form \"(event-3)\"");
        plain.map_events(|_| EventId(1));
        assert_eq!(plain.as_str(), "a form \"(event-3)\"");
        assert_eq!(plain.events().count(), 0);
    }
}
