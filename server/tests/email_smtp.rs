//! Email goes through the outbox to a real SMTP server (aiosmtpd, started by
//! the test); while the server is down the message waits and is sent once
//! it is back. Nothing accepted is lost.

mod support;

use app::mail::outbox;
use chrono::{Duration, Utc};
use mail_parser::MimeHeaders;
use sea_orm::EntityTrait;
use std::{
    path::Path,
    process::{Child, Command},
};
use support::Engine;

struct SmtpServer(Child);

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// aiosmtpd storing every message it receives in a Maildir.
async fn start_smtp_server(port: u16, maildir: &Path) -> SmtpServer {
    let server = SmtpServer(
        Command::new("python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{port}"),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .arg(maildir)
            .spawn()
            .expect("python3 -m aiosmtpd (scripts/test.sh installs it)"),
    );
    for _ in 0..200 {
        if tokio::net::TcpStream::connect(("127.0.0.1", port))
            .await
            .is_ok()
        {
            return server;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("SMTP server did not start");
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port()
}

#[tokio::test]
async fn the_confirmation_waits_for_the_smtp_server_and_then_arrives_with_its_calendar() {
    let port = free_port();
    let app = support::start(Engine::Sqlite, |config| {
        config.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    })
    .await;
    let db = &app.state.db;
    let sender: lettre::Address = "events@example.org".parse().expect("address");

    let answer = reqwest::Client::new()
        .post(format!(
            "{}/api/v1/events/ikp-2025/registrations",
            app.base_url
        ))
        .json(&support::registration(7, "in_person"))
        .send()
        .await
        .expect("registered");
    assert_eq!(answer.status(), 201);

    // The SMTP server is down: the message stays queued, with the error noted.
    let now = Utc::now();
    let report = outbox::deliver_due(db, &app.mailer, &sender, now)
        .await
        .expect("round");
    assert_eq!((report.sent, report.failed), (0, 1));
    assert_eq!(outbox::pending_count(db).await.expect("count"), 1);

    // The server comes back; the message goes at its next try, not before.
    let maildir = app.data_dir.path().join("received");
    let _smtp = start_smtp_server(port, &maildir).await;
    let report = outbox::deliver_due(db, &app.mailer, &sender, now + Duration::seconds(1))
        .await
        .expect("round");
    assert_eq!(
        (report.sent, report.failed),
        (0, 0),
        "waits for its back-off"
    );
    let report = outbox::deliver_due(db, &app.mailer, &sender, now + Duration::seconds(11))
        .await
        .expect("round");
    assert_eq!((report.sent, report.failed), (1, 0));
    assert_eq!(outbox::pending_count(db).await.expect("count"), 0);

    // What arrived: the confirmation in the registrant's language, with a parseable calendar.
    let received: Vec<_> = std::fs::read_dir(maildir.join("new"))
        .expect("maildir")
        .map(|entry| std::fs::read(entry.expect("entry").path()).expect("message"))
        .collect();
    assert_eq!(received.len(), 1);
    let message = mail_parser::MessageParser::default()
        .parse(&received[0])
        .expect("parses");
    assert_eq!(
        message.subject(),
        Some("Uw aanmelding voor International Exchange Event 2025")
    );
    assert_eq!(
        message
            .to()
            .and_then(|to| to.first())
            .and_then(|a| a.address()),
        Some("participant7@example.org")
    );
    let text = message.body_text(0).expect("plain text");
    assert!(text.contains("/manage/"), "{text}");

    // The check-in QR code is inside the message (no image from the web),
    // and a QR reader finds the person's check-in address in it.
    let html = message.body_html(0).expect("HTML");
    assert!(html.contains("src=\"cid:check-in-code\""), "{html}");
    let picture = message
        .parts
        .iter()
        .find(|part| part.content_id() == Some("check-in-code"))
        .expect("inline QR code");
    let content_type = picture.content_type().expect("type");
    assert_eq!(
        (content_type.ctype(), content_type.subtype()),
        ("image", Some("png"))
    );
    let person = app::registration::entity::registration::Entity::find()
        .one(db)
        .await
        .expect("query")
        .expect("registered");
    let code = person.check_in_code.expect("a check-in code");
    assert_eq!(
        read_qr_png(picture.contents()),
        format!("{}/staff/check-in/{code}", app.state.settings.public_url)
    );
    let calendar = message
        .attachments()
        .find(|part| part.attachment_name() == Some("ikp-2025.ics"))
        .expect("calendar attached");
    let ics = calendar.contents();
    let parsed = ical::IcalParser::new(ics)
        .next()
        .expect("a calendar")
        .expect("valid iCalendar");
    let start = parsed.events[0]
        .properties
        .iter()
        .find(|p| p.name == "DTSTART")
        .and_then(|p| p.value.clone());
    assert_eq!(start.as_deref(), Some("20250515"));
}

/// The text of the QR code in a PNG, read by `rqrr`.
fn read_qr_png(png: &[u8]) -> String {
    let picture = image::load_from_memory_with_format(png, image::ImageFormat::Png)
        .expect("a PNG")
        .to_luma8();
    let mut prepared = rqrr::PreparedImage::prepare(picture);
    let grids = prepared.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code");
    let (_, text) = grids[0].decode().expect("readable");
    text
}
