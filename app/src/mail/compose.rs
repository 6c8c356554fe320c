use crate::{i18n::Locale, platform::error::ServiceError};
use leptos::{prelude::*, tachys::view::RenderHtml};
use lettre::{
    message::{header::ContentType, Attachment as MailAttachment, Mailbox, MultiPart, SinglePart},
    Message,
};

/// The words of one email, already in the recipient's language.
pub struct EmailContent {
    pub locale: Locale,
    pub subject: String,
    pub greeting: String,
    pub paragraphs: Vec<String>,
    /// Label and value pairs shown as a small table (dates, status, ...).
    pub facts: Vec<(String, String)>,
    /// The one thing to click: label and address.
    pub action: Option<(String, String)>,
    /// A picture inside the HTML part, such as the check-in QR code.
    pub image: Option<InlineImage>,
    pub signature: String,
}

/// A PNG shown in the HTML part and carried in the message itself
/// (`cid:` reference), so it shows without loading anything from the web.
#[derive(Clone)]
pub struct InlineImage {
    pub content_id: &'static str,
    /// What the picture says, for people who cannot see it.
    pub alt: String,
    pub png: Vec<u8>,
}

pub struct Attachment {
    pub filename: String,
    pub content_type: &'static str,
    pub body: Vec<u8>,
}

impl EmailContent {
    pub fn plain_text(&self) -> String {
        let mut text = format!("{}\n\n", self.greeting);
        for paragraph in &self.paragraphs {
            text.push_str(paragraph);
            text.push_str("\n\n");
        }
        for (label, value) in &self.facts {
            text.push_str(&format!("{label}: {value}\n"));
        }
        if !self.facts.is_empty() {
            text.push('\n');
        }
        if let Some((label, url)) = &self.action {
            text.push_str(&format!("{label}:\n{url}\n\n"));
        }
        text.push_str(&self.signature);
        text.push('\n');
        text
    }

    pub fn html(&self) -> String {
        let paragraphs = self.paragraphs.clone();
        let facts = self.facts.clone();
        let action = self.action.clone();
        let image = self.image.as_ref().map(|image| {
            let source = format!("cid:{}", image.content_id);
            view! {
                <p>
                    <img src=source alt=image.alt.clone() width="240" height="240" style="display: block;" />
                </p>
            }
        });
        view! {
            <html lang=self.locale.code() dir=self.locale.direction()>
                <head>
                    <meta charset="utf-8" />
                    <meta name="viewport" content="width=device-width, initial-scale=1" />
                    <title>{self.subject.clone()}</title>
                </head>
                <body style="font-family: system-ui, sans-serif; font-size: 16px; line-height: 1.5; color: #1b1b1b; max-width: 36em; margin: 0 auto; padding: 1em;">
                    <p>{self.greeting.clone()}</p>
                    {paragraphs.into_iter().map(|p| view! { <p>{p}</p> }).collect_view()}
                    <table style="border-collapse: collapse; margin: 1em 0;">
                        {facts
                            .into_iter()
                            .map(|(label, value)| {
                                view! {
                                    <tr>
                                        <th scope="row" style="text-align: start; padding: 0.25em 1em 0.25em 0;">{label}</th>
                                        <td style="padding: 0.25em 0;">{value}</td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </table>
                    {image}
                    {action
                        .map(|(label, url)| {
                            view! {
                                <p>
                                    <a href=url.clone() style="display: inline-block; background: #0b5394; color: #ffffff; padding: 0.75em 1.25em; border-radius: 4px; text-decoration: none; font-weight: bold;">{label}</a>
                                </p>
                                <p style="font-size: 14px; color: #444444; word-break: break-all;">{url}</p>
                            }
                        })}
                    <p>{self.signature.clone()}</p>
                </body>
            </html>
        }
        .to_html()
    }
}

/// An RFC 5322 message with plain-text and HTML alternatives and an optional attachment.
pub fn build_message(
    from: &str,
    to_name: &str,
    to_email: &str,
    content: &EmailContent,
    attachment: Option<Attachment>,
) -> Result<Message, ServiceError> {
    let from: Mailbox = from
        .parse()
        .map_err(|e| ServiceError::Internal(format!("MAIL_FROM is not an address: {e}")))?;
    let to = Mailbox::new(
        Some(to_name.to_owned()),
        to_email
            .parse()
            .map_err(|e| ServiceError::Internal(format!("recipient address: {e}")))?,
    );
    let alternatives = MultiPart::alternative()
        .singlepart(SinglePart::plain(content.plain_text()))
        .singlepart(SinglePart::html(content.html()));
    let readable = match &content.image {
        Some(image) => MultiPart::related().multipart(alternatives).singlepart(
            MailAttachment::new_inline(image.content_id.to_owned()).body(
                image.png.clone(),
                ContentType::parse("image/png")
                    .map_err(|e| ServiceError::Internal(format!("image type: {e}")))?,
            ),
        ),
        None => alternatives,
    };
    let body = match attachment {
        Some(attachment) => {
            let content_type = ContentType::parse(attachment.content_type)
                .map_err(|e| ServiceError::Internal(format!("attachment type: {e}")))?;
            MultiPart::mixed().multipart(readable).singlepart(
                MailAttachment::new(attachment.filename).body(attachment.body, content_type),
            )
        }
        None => readable,
    };
    Message::builder()
        .from(from)
        .to(to)
        .subject(content.subject.clone())
        .multipart(body)
        .map_err(|e| ServiceError::Internal(format!("cannot build email: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn content() -> EmailContent {
        EmailContent {
            locale: Locale::En,
            subject: "Registered".into(),
            greeting: "Dear <Amira>,".into(),
            paragraphs: vec!["You are registered.".into()],
            facts: vec![("Dates".into(), "15–16 May 2025".into())],
            action: Some(("Manage".into(), "https://example.org/manage/abc".into())),
            image: None,
            signature: "IKP".into(),
        }
    }

    #[test]
    fn html_is_escaped_and_carries_the_link() {
        let html = content().html();
        assert!(html.contains("Dear &lt;Amira&gt;,"), "{html}");
        assert!(html.contains(r#"href="https://example.org/manage/abc""#));
        assert!(html.contains(r#"lang="en""#));
    }

    #[test]
    fn a_message_has_both_alternatives_and_the_attachment() {
        let attachment = Attachment {
            filename: "event.ics".into(),
            content_type: "text/calendar; charset=utf-8; method=PUBLISH",
            body: b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".to_vec(),
        };
        let message = build_message(
            "IKP <events@example.org>",
            "Amira Haddad",
            "amira@example.org",
            &content(),
            Some(attachment),
        )
        .expect("message");
        let text = String::from_utf8(message.formatted()).expect("ascii");
        assert!(text.contains("multipart/mixed"));
        assert!(text.contains("multipart/alternative"));
        assert!(text.contains("text/calendar"));
        assert!(text.contains("event.ics"));
    }
}
