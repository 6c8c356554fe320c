//! The messages of each language as Fluent bundles, compiled into the
//! server. Pages are rendered there; the WebAssembly module carries no text.

use super::Locale;
use fluent_bundle::FluentArgs;
#[cfg(feature = "ssr")]
use fluent_bundle::{concurrent::FluentBundle, FluentResource};

#[cfg(feature = "ssr")]
type Bundle = FluentBundle<FluentResource>;

/// One language's messages. A file that does not parse keeps what did (the
/// catalogue tests fail on any syntax error, so this only guards a page).
#[cfg(feature = "ssr")]
fn bundle(locale: Locale, source: String) -> Bundle {
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
    // No Unicode isolation marks: they would end up in emails and attributes.
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(resource);
    bundle
}

#[cfg(feature = "ssr")]
fn format(bundle: &Bundle, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}

#[cfg(feature = "ssr")]
mod compiled {
    use super::{bundle, Bundle, Locale};
    use include_dir::{include_dir, Dir};
    use std::sync::LazyLock;

    static FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

    static LANGUAGES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| bundle(locale, source_of(locale)))
            .collect()
    });

    /// A language's files, in name order, as one Fluent text.
    pub(super) fn source_of(locale: Locale) -> String {
        let mut files: Vec<_> = FILES
            .get_dir(locale.code())
            .map(|dir| {
                dir.files()
                    .filter(|file| file.path().extension().is_some_and(|ext| ext == "ftl"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort_by_key(|file| file.path());
        files
            .iter()
            .filter_map(|file| file.contents_utf8())
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub(super) fn of(locale: Locale) -> &'static Bundle {
        &LANGUAGES[Locale::ALL
            .iter()
            .position(|l| *l == locale)
            .unwrap_or_default()]
    }
}

/// A message in this language, without fallback to another.
#[cfg(feature = "ssr")]
pub(super) fn message(locale: Locale, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    format(compiled::of(locale), key, args)
}

/// The browser has no messages: every text it shows was rendered by the
/// server, islands included (they get theirs as properties).
#[cfg(not(feature = "ssr"))]
pub(super) fn message(_locale: Locale, _key: &str, _args: Option<&FluentArgs>) -> Option<String> {
    None
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_without_duplicate_messages() {
        for locale in Locale::ALL {
            let source = compiled::source_of(locale);
            let resource = FluentResource::try_new(source)
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", locale.code()));
            let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{}: {errors:?}", locale.code());
            }
        }
    }

    #[test]
    fn every_language_has_its_own_text() {
        assert!(compiled::source_of(Locale::Nl).contains("country-DE = Duitsland"));
        assert_ne!(
            compiled::source_of(Locale::En),
            compiled::source_of(Locale::Nl)
        );
    }

    #[test]
    fn an_unknown_message_is_none() {
        assert_eq!(message(Locale::Nl, "no-such-message", None), None);
        assert!(message(Locale::Ar, "site-description", None).is_some());
    }
}
