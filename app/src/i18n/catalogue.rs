//! The messages of each language as Fluent bundles. The server compiles all
//! ten languages in and serves each one's text at its [`source_url`]; the
//! browser fetches only the page's language before it hydrates, so the
//! WebAssembly module carries no text.

use super::Locale;
use fluent_bundle::{concurrent::FluentBundle, FluentArgs, FluentResource};

type Bundle = FluentBundle<FluentResource>;

/// One language's messages. A file that does not parse keeps what did (the
/// catalogue tests fail on any syntax error, so this only guards a page).
fn bundle(locale: Locale, source: String) -> Bundle {
    let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
    let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
    // No Unicode isolation marks: they would end up in emails and attributes.
    bundle.set_use_isolating(false);
    bundle.add_resource_overriding(resource);
    bundle
}

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
    use sha2::{Digest, Sha256};
    use std::sync::LazyLock;

    static FILES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/locales");

    /// Every language's text and the version the browser caches it by.
    pub(super) struct Compiled {
        pub source: String,
        pub version: String,
        pub bundle: Bundle,
    }

    pub(super) static LANGUAGES: LazyLock<Vec<Compiled>> = LazyLock::new(|| {
        Locale::ALL
            .into_iter()
            .map(|locale| {
                let source = source_of(locale);
                let digest = Sha256::digest(source.as_bytes());
                let version = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
                Compiled {
                    bundle: bundle(locale, source.clone()),
                    source,
                    version,
                }
            })
            .collect()
    });

    /// A language's files, in name order, as one Fluent text.
    fn source_of(locale: Locale) -> String {
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

    pub(super) fn of(locale: Locale) -> &'static Compiled {
        &LANGUAGES[Locale::ALL
            .iter()
            .position(|l| *l == locale)
            .unwrap_or_default()]
    }
}

/// A language's messages as Fluent text, as the browser fetches them.
#[cfg(feature = "ssr")]
pub fn source(locale: Locale) -> &'static str {
    &compiled::of(locale).source
}

/// The version of a language's text: it changes whenever the text does.
#[cfg(feature = "ssr")]
pub fn version(locale: Locale) -> &'static str {
    &compiled::of(locale).version
}

/// Where the browser fetches a language's messages. The address changes
/// with the text, so browsers may keep it for good.
#[cfg(feature = "ssr")]
pub fn source_url(locale: Locale) -> String {
    format!("/lang/{}/messages.ftl?v={}", locale.code(), version(locale))
}

/// A message in this language. No fallback to another language, so the
/// server renders what the browser, which has only this one, renders too.
#[cfg(feature = "ssr")]
pub(super) fn message(locale: Locale, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    format(&compiled::of(locale).bundle, key, args)
}

#[cfg(not(feature = "ssr"))]
static LOADED: std::sync::OnceLock<(Locale, Bundle)> = std::sync::OnceLock::new();

/// A message in the language the browser loaded for this page.
#[cfg(not(feature = "ssr"))]
pub(super) fn message(locale: Locale, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    LOADED
        .get()
        .filter(|(loaded, _)| *loaded == locale)
        .and_then(|(_, bundle)| format(bundle, key, args))
}

/// Why the page's messages could not be loaded in the browser.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
#[derive(Debug)]
pub struct NotLoaded(pub String);

/// Fetches the page's language (the address the server put in the page's
/// `link#messages`, which the browser already preloads) and keeps it.
#[cfg(all(feature = "hydrate", not(feature = "ssr")))]
pub async fn load(locale: Locale) -> Result<(), NotLoaded> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;

    let failed = |what: &str| NotLoaded(what.to_owned());
    let window = web_sys::window().ok_or_else(|| failed("no window"))?;
    let url = window
        .document()
        .and_then(|document| document.get_element_by_id(MESSAGES_LINK_ID))
        .and_then(|link| link.get_attribute("href"))
        .ok_or_else(|| failed("the page names no messages"))?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(&url))
        .await
        .map_err(|e| failed(&format!("{e:?}")))?
        .dyn_into()
        .map_err(|_| failed("not a response"))?;
    if !response.ok() {
        return Err(failed(&format!("{url}: {}", response.status())));
    }
    let text = response.text().map_err(|e| failed(&format!("{e:?}")))?;
    let source = JsFuture::from(text)
        .await
        .map_err(|e| failed(&format!("{e:?}")))?
        .as_string()
        .ok_or_else(|| failed("not text"))?;
    let _ = LOADED.set((locale, bundle(locale, source)));
    Ok(())
}

/// The `id` of the page's `<link>` to its messages.
pub const MESSAGES_LINK_ID: &str = "messages";

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn every_language_parses_without_duplicate_messages() {
        for locale in Locale::ALL {
            let source = source(locale).to_owned();
            let resource = FluentResource::try_new(source)
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", locale.code()));
            let mut bundle = Bundle::new_concurrent(vec![locale.langid()]);
            if let Err(errors) = bundle.add_resource(resource) {
                panic!("{}: {errors:?}", locale.code());
            }
        }
    }

    #[test]
    fn the_address_changes_with_the_text() {
        let english = source_url(Locale::En);
        assert!(english.starts_with("/lang/en/messages.ftl?v="), "{english}");
        assert_ne!(english, source_url(Locale::Nl));
        assert!(source(Locale::Nl).contains("country-DE = Duitsland"));
    }

    #[test]
    fn an_unknown_message_is_none() {
        assert_eq!(message(Locale::Nl, "no-such-message", None), None);
        assert!(message(Locale::Ar, "site-description", None).is_some());
    }
}
