//! Whatever is typed as Markdown, the HTML shown has nothing that runs: no
//! script, frame, object or style element, no event handler, and no link
//! or source with a scheme other than http, https or mailto.

#![no_main]

use libfuzzer_sys::fuzz_target;
use scraper::Html;

/// Elements that run, load or submit something.
const ACTIVE_ELEMENTS: [&str; 11] = [
    "script", "iframe", "frame", "object", "embed", "style", "link", "meta", "base", "form", "svg",
];
const ADDRESS_ATTRIBUTES: [&str; 5] = ["href", "src", "action", "formaction", "xlink:href"];
const ALLOWED_SCHEMES: [&str; 3] = ["http", "https", "mailto"];

fuzz_target!(|markdown: &str| {
    let html = app::library::markdown::to_safe_html(markdown);
    let fragment = Html::parse_fragment(&html);
    for element in fragment
        .tree
        .nodes()
        .filter_map(|node| node.value().as_element())
    {
        let name = element.name();
        assert!(!ACTIVE_ELEMENTS.contains(&name), "<{name}> in {html:?}");
        for (attribute, value) in element.attrs() {
            assert!(!attribute.starts_with("on"), "{attribute} in {html:?}");
            if ADDRESS_ATTRIBUTES.contains(&attribute) {
                assert!(safe_address(value), "{attribute}={value:?} in {html:?}");
            }
        }
    }
});

/// A relative address, or one with an allowed scheme. Browsers ignore
/// whitespace and control characters inside a scheme, so this does too.
fn safe_address(value: &str) -> bool {
    let squeezed: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    match squeezed.split_once(':') {
        Some((scheme, _)) if is_scheme(scheme) => ALLOWED_SCHEMES.contains(&scheme),
        _ => true,
    }
}

/// RFC 3986: a letter, then letters, digits, `+`, `-` or `.`.
fn is_scheme(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
}
