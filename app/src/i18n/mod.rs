//! Every user-facing string goes through here. Messages live in Fluent files
//! under `app/locales/<lang>/`, compiled into the server, which renders
//! every text a page shows (the browser's islands get theirs as properties).

pub mod catalogue;
mod countries;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use fluent_bundle::{FluentArgs, FluentValue};
use leptos::prelude::*;
use serde::{Deserialize, Serialize};
#[cfg(feature = "ssr")]
use unic_langid::{langid, LanguageIdentifier};

pub use countries::COUNTRY_CODES;

/// The languages the platform speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Locale {
    #[default]
    En,
    Nl,
    De,
    Fr,
    Es,
    It,
    Pl,
    Uk,
    Ar,
    Fa,
}

/// Name of the cookie that remembers the chosen language.
pub const LANGUAGE_COOKIE: &str = "lang";

impl Locale {
    pub const ALL: [Locale; 10] = [
        Locale::En,
        Locale::Nl,
        Locale::De,
        Locale::Fr,
        Locale::Es,
        Locale::It,
        Locale::Pl,
        Locale::Uk,
        Locale::Ar,
        Locale::Fa,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Nl => "nl",
            Locale::De => "de",
            Locale::Fr => "fr",
            Locale::Es => "es",
            Locale::It => "it",
            Locale::Pl => "pl",
            Locale::Uk => "uk",
            Locale::Ar => "ar",
            Locale::Fa => "fa",
        }
    }

    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL
            .into_iter()
            .find(|locale| locale.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language's name in itself, so people find their own language in any page.
    pub fn endonym(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::Nl => "Nederlands",
            Locale::De => "Deutsch",
            Locale::Fr => "Français",
            Locale::Es => "Español",
            Locale::It => "Italiano",
            Locale::Pl => "Polski",
            Locale::Uk => "Українська",
            Locale::Ar => "العربية",
            Locale::Fa => "فارسی",
        }
    }

    /// Text direction for the `dir` attribute: Arabic and Persian are
    /// written right to left, and the layout mirrors with them.
    pub fn direction(self) -> &'static str {
        match self {
            Locale::Ar | Locale::Fa => "rtl",
            _ => "ltr",
        }
    }

    #[cfg(feature = "ssr")]
    fn langid(self) -> LanguageIdentifier {
        match self {
            Locale::En => langid!("en"),
            Locale::Nl => langid!("nl"),
            Locale::De => langid!("de"),
            Locale::Fr => langid!("fr"),
            Locale::Es => langid!("es"),
            Locale::It => langid!("it"),
            Locale::Pl => langid!("pl"),
            Locale::Uk => langid!("uk"),
            Locale::Ar => langid!("ar"),
            Locale::Fa => langid!("fa"),
        }
    }

    /// The best supported language for an `Accept-Language` header.
    #[cfg(feature = "ssr")]
    pub fn negotiate(accept_language: &str) -> Locale {
        let requested = fluent_langneg::accepted_languages::parse(accept_language);
        let available: Vec<LanguageIdentifier> = Locale::ALL.iter().map(|l| l.langid()).collect();
        let default = Locale::default().langid();
        fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&default),
            fluent_langneg::NegotiationStrategy::Lookup,
        )
        .first()
        .and_then(|chosen| Locale::from_code(chosen.language.as_str()))
        .unwrap_or_default()
    }

    /// The message for `key` in this language (the key itself if no
    /// catalogue has it, which the catalogue tests rule out).
    pub fn t(self, key: &str) -> String {
        self.t_opt(key).unwrap_or_else(|| key.to_owned())
    }

    /// The message for `key`, if this language has one.
    pub fn t_opt(self, key: &str) -> Option<String> {
        catalogue::message(self, key, None)
    }

    /// The message for `key` with named arguments (numbers select plural forms).
    pub fn t_with(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let args: FluentArgs = args
            .iter()
            .map(|(name, value)| (*name, value.to_fluent()))
            .collect();
        catalogue::message(self, key, Some(&args)).unwrap_or_else(|| key.to_owned())
    }

    /// The name of a country by its ISO 3166-1 alpha-2 code.
    pub fn country_name(self, code: &str) -> String {
        self.t(&format!("country-{code}"))
    }

    /// A calendar date, e.g. "15 May 2025".
    pub fn date(self, date: NaiveDate) -> String {
        self.t_with(
            "date",
            &[
                ("day", i64::from(date.day()).into()),
                ("month", self.t(&format!("month-{}", date.month())).into()),
                ("year", i64::from(date.year()).into()),
            ],
        )
    }

    /// A span of days, e.g. "15–16 May 2025", shortened when month and year repeat.
    pub fn date_range(self, start: NaiveDate, end: NaiveDate) -> String {
        if start == end {
            return self.date(start);
        }
        if start.year() == end.year() && start.month() == end.month() {
            return self.t_with(
                "date-range-same-month",
                &[
                    ("start", i64::from(start.day()).into()),
                    ("end", i64::from(end.day()).into()),
                    ("month", self.t(&format!("month-{}", start.month())).into()),
                    ("year", i64::from(start.year()).into()),
                ],
            );
        }
        self.t_with(
            "date-range",
            &[
                ("start", self.date(start).into()),
                ("end", self.date(end).into()),
            ],
        )
    }

    /// A moment in a named time zone, e.g. "17 May 2025, 14:00 (Europe/Amsterdam)".
    pub fn date_time(self, local: NaiveDateTime, zone: &str) -> String {
        self.t_with(
            "date-time",
            &[
                ("date", self.date(local.date()).into()),
                ("time", local.format("%H:%M").to_string().into()),
                ("zone", zone.into()),
            ],
        )
    }

    /// All countries as (code, name), sorted by name in this language.
    pub fn countries(self) -> Vec<(&'static str, String)> {
        let mut list: Vec<_> = COUNTRY_CODES
            .iter()
            .map(|code| (*code, self.country_name(code)))
            .collect();
        list.sort_by_key(|(_, name)| name.to_lowercase());
        list
    }
}

/// An argument to a message.
#[derive(Clone, Debug)]
pub enum Arg {
    Text(String),
    Number(i64),
}

impl Arg {
    fn to_fluent(&self) -> FluentValue<'static> {
        match self {
            Arg::Text(text) => FluentValue::from(text.clone()),
            Arg::Number(number) => FluentValue::from(*number),
        }
    }
}

impl From<&str> for Arg {
    fn from(value: &str) -> Self {
        Arg::Text(value.to_owned())
    }
}

impl From<String> for Arg {
    fn from(value: String) -> Self {
        Arg::Text(value)
    }
}

impl From<i64> for Arg {
    fn from(value: i64) -> Self {
        Arg::Number(value)
    }
}

/// The page's language: from the language cookie, else the browser's
/// `Accept-Language`. Only the server decides it.
pub fn detect_locale() -> Locale {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .map(|parts| locale_from_headers(&parts.headers))
            .unwrap_or_default()
    }
    #[cfg(not(feature = "ssr"))]
    {
        Locale::default()
    }
}

/// The language a request asks for: the remembered choice first, then the browser's.
#[cfg(feature = "ssr")]
pub fn locale_from_headers(headers: &http::HeaderMap) -> Locale {
    let remembered = crate::platform::cookies::request_cookie(headers, LANGUAGE_COOKIE)
        .and_then(|code| Locale::from_code(&code));
    remembered.unwrap_or_else(|| {
        headers
            .get(http::header::ACCEPT_LANGUAGE)
            .and_then(|value| value.to_str().ok())
            .map(Locale::negotiate)
            .unwrap_or_default()
    })
}

/// Provides the page's language to every component below.
pub fn provide_locale() -> Locale {
    let locale = detect_locale();
    provide_context(locale);
    locale
}

/// The page's language, as provided by [`provide_locale`].
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};

    /// A message's text as the reader sees it: the words of every variant,
    /// each placeable as one mark.
    fn words(pattern: &ast::Pattern<&str>, into: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => into.push_str(value),
                ast::PatternElement::Placeable {
                    expression: ast::Expression::Select { variants, .. },
                } => variants.iter().for_each(|v| words(&v.value, into)),
                ast::PatternElement::Placeable { .. } => into.push('\u{FFFC}'),
            }
        }
    }

    /// Every message of a language: its words, and whether a comment says
    /// they are the same as in English on purpose.
    fn catalogue(locale: Locale) -> BTreeMap<String, (String, bool)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("locales")
            .join(locale.code());
        let mut messages = BTreeMap::new();
        for entry in std::fs::read_dir(&dir).expect("locale folder") {
            let path = entry.expect("locale file").path();
            let source = std::fs::read_to_string(&path).expect("readable ftl");
            let resource = fluent_syntax::parser::parse(source.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{path:?} does not parse: {errors:?}"));
            for entry in resource.body {
                if let ast::Entry::Message(message) = entry {
                    let mut text = String::new();
                    if let Some(pattern) = &message.value {
                        words(pattern, &mut text);
                    }
                    let on_purpose = message.comment.is_some_and(|comment| {
                        comment
                            .content
                            .iter()
                            .any(|line| line.starts_with(SAME_ON_PURPOSE))
                    });
                    messages.insert(message.id.name.to_owned(), (text, on_purpose));
                }
            }
        }
        messages
    }

    /// How a translation marks a message that reads as in English on purpose.
    const SAME_ON_PURPOSE: &str = "Same as in English";

    #[test]
    fn every_language_has_every_message() {
        let reference: BTreeSet<String> = catalogue(Locale::En).into_keys().collect();
        assert!(reference.len() > 250, "the English catalogue is loaded");
        for locale in Locale::ALL {
            let ids: BTreeSet<String> = catalogue(locale).into_keys().collect();
            let missing: Vec<_> = reference.difference(&ids).collect();
            let extra: Vec<_> = ids.difference(&reference).collect();
            assert!(missing.is_empty(), "{} lacks {missing:?}", locale.code());
            assert!(extra.is_empty(), "{} has unknown {extra:?}", locale.code());
        }
    }

    #[test]
    fn translations_leave_no_english_behind() {
        let english = catalogue(Locale::En);
        for locale in Locale::ALL.into_iter().filter(|l| *l != Locale::En) {
            let left: Vec<_> = catalogue(locale)
                .into_iter()
                .filter(|(id, (text, on_purpose))| {
                    // Country names come from a data set; many are the same.
                    !id.starts_with("country-")
                        && !on_purpose
                        && text.chars().any(char::is_alphabetic)
                        && english.get(id).is_some_and(|(english, _)| english == text)
                })
                .map(|(id, _)| id)
                .collect();
            assert!(
                left.is_empty(),
                "{} has English left in {left:?} (if a text is the same on purpose, say so in a comment: # {SAME_ON_PURPOSE}: why)",
                locale.code()
            );
        }
    }

    #[test]
    #[cfg(feature = "ssr")]
    fn browser_preferences_choose_a_supported_language() {
        assert_eq!(Locale::negotiate("nl-NL,nl;q=0.9,en;q=0.8"), Locale::Nl);
        assert_eq!(Locale::negotiate("de-DE,de;q=0.9,nl;q=0.5"), Locale::De);
        assert_eq!(Locale::negotiate("ja,fa-IR;q=0.8"), Locale::Fa);
        assert_eq!(Locale::negotiate("ja"), Locale::En);
        assert_eq!(Locale::negotiate(""), Locale::En);
    }

    #[test]
    fn plural_forms_follow_the_number() {
        let one = Locale::En.t_with("places-left", &[("left", 1.into()), ("limit", 150.into())]);
        let many = Locale::En.t_with("places-left", &[("left", 2.into()), ("limit", 150.into())]);
        assert!(one.contains("1 of 150 in-person place left"), "{one}");
        assert!(many.contains("2 of 150 in-person places left"), "{many}");
        let dutch = Locale::Nl.t_with("places-left", &[("left", 2.into()), ("limit", 150.into())]);
        assert!(dutch.contains("2 van de 150"), "{dutch}");
    }

    #[test]
    fn plural_forms_follow_each_languages_rules() {
        let count = |locale: Locale, n: i64| {
            locale.t_with("staff-registrations-count", &[("count", n.into())])
        };
        assert_eq!(count(Locale::Pl, 2), "2 rejestracje");
        assert_eq!(count(Locale::Pl, 5), "5 rejestracji");
        assert_eq!(count(Locale::Pl, 22), "22 rejestracje");
        assert_eq!(count(Locale::Uk, 21), "21 реєстрація");
        assert_eq!(count(Locale::Ar, 2), "تسجيلان");
        assert_eq!(count(Locale::Ar, 3), "3 تسجيلات");
        assert_eq!(count(Locale::Ar, 11), "11 تسجيلًا");
        assert_eq!(count(Locale::Ar, 100), "100 تسجيل");
    }

    #[test]
    fn right_to_left_languages_say_so() {
        let rtl: Vec<_> = Locale::ALL
            .into_iter()
            .filter(|l| l.direction() == "rtl")
            .collect();
        assert_eq!(rtl, [Locale::Ar, Locale::Fa]);
    }

    #[test]
    fn dates_read_naturally() {
        let start = NaiveDate::from_ymd_opt(2025, 5, 15).unwrap();
        let end = NaiveDate::from_ymd_opt(2025, 5, 16).unwrap();
        assert_eq!(Locale::En.date_range(start, end), "15–16 May 2025");
        assert_eq!(Locale::Nl.date_range(start, end), "15–16 mei 2025");
        let june = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
        assert_eq!(
            Locale::En.date_range(start, june),
            "15 May 2025 – 2 June 2025"
        );
        let moment = start.and_hms_opt(14, 5, 0).unwrap();
        assert_eq!(
            Locale::En.date_time(moment, "Europe/Amsterdam"),
            "15 May 2025, 14:05 (Europe/Amsterdam)"
        );
    }

    #[test]
    fn country_names_are_translated_and_sorted() {
        assert_eq!(Locale::Nl.country_name("DE"), "Duitsland");
        let names: Vec<_> = Locale::En.countries().into_iter().map(|(_, n)| n).collect();
        let mut sorted = names.clone();
        sorted.sort_by_key(|n| n.to_lowercase());
        assert_eq!(names, sorted);
    }
}
