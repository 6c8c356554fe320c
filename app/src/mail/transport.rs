use lettre::{
    address::Envelope, AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor,
};
use std::path::Path;

/// Where emails go: an SMTP server, or `.eml` files for a machine without one.
#[derive(Clone)]
pub enum Mailer {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>),
}

impl Mailer {
    /// SMTP when `smtp_url` is given (`smtp://host:port`, `smtps://user:pass@host`),
    /// else one `.eml` file per message in `mail_dir`.
    pub fn new(smtp_url: Option<&str>, mail_dir: &Path) -> Result<Mailer, String> {
        match smtp_url {
            Some(url) => AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                .map(|builder| Mailer::Smtp(builder.build()))
                .map_err(|e| format!("SMTP_URL is not usable: {e}")),
            None => {
                std::fs::create_dir_all(mail_dir)
                    .map_err(|e| format!("cannot create {}: {e}", mail_dir.display()))?;
                Ok(Mailer::Files(AsyncFileTransport::new(mail_dir)))
            }
        }
    }

    pub async fn send_raw(&self, envelope: &Envelope, message: &[u8]) -> Result<(), String> {
        match self {
            Mailer::Smtp(smtp) => smtp
                .send_raw(envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
            Mailer::Files(files) => files
                .send_raw(envelope, message)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string()),
        }
    }
}
