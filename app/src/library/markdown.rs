//! Descriptions are written in Markdown and shown as HTML. The HTML is made
//! on the server and cleaned by an allow-list sanitiser (ammonia): no
//! script, no event handler, no `javascript:` link survives, whatever was
//! typed; raw HTML in the Markdown is shown as text.

use pulldown_cmark::{Event, Options, Parser};

/// Safe HTML for a Markdown text.
pub fn to_safe_html(markdown: &str) -> String {
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let events = Parser::new_ext(markdown, options).map(|event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("nofollow noopener noreferrer"))
        .clean(&html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_becomes_html() {
        let html =
            to_safe_html("# Intake\n\nA **digital** intake with [a guide](https://example.org).");
        assert!(html.contains("<h1>Intake</h1>"));
        assert!(html.contains("<strong>digital</strong>"));
        assert!(html.contains(r#"href="https://example.org""#));
        assert!(html.contains("nofollow"));
    }

    /// The tags of `html` that could run something: a script or frame, an
    /// event handler, or a script or data address. Text that merely reads
    /// like markup is escaped, so it is not a tag.
    fn executable_tags(html: &str) -> Vec<String> {
        html.split('<')
            .skip(1)
            .filter_map(|rest| rest.split('>').next())
            .map(str::to_lowercase)
            .filter(|tag| {
                let name = tag.split_whitespace().next().unwrap_or_default();
                matches!(name, "script" | "iframe" | "object" | "embed" | "style")
                    || tag
                        .split_whitespace()
                        .skip(1)
                        .any(|attribute| attribute.starts_with("on") && attribute.contains('='))
                    || tag.contains("javascript:")
                    || tag.contains("data:")
            })
            .collect()
    }

    #[test]
    fn scripts_handlers_and_script_links_do_not_survive() {
        for hostile in [
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "[click](javascript:alert(1))",
            "[click](JaVaScRiPt:alert(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "![x](javascript:alert(1))",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        ] {
            let html = to_safe_html(hostile);
            assert_eq!(
                executable_tags(&html),
                Vec::<String>::new(),
                "{hostile} → {html}"
            );
        }
    }

    #[test]
    fn the_check_finds_executable_tags() {
        assert_eq!(
            executable_tags("<p>x</p><img src=x onerror=alert(1)>").len(),
            1
        );
        assert!(executable_tags("<p>&lt;img onerror=alert(1)&gt;</p>").is_empty());
    }
}
