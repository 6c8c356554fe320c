//! Configuration: every setting from the environment or from a flag of the
//! same name (`DATABASE_URL` or `--database-url`).

use clap::{Args, Parser, Subcommand};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Parser, Debug)]
#[command(
    name = "server",
    version,
    about = "Event and knowledge-exchange platform"
)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the platform (the default).
    Serve,
    /// Create a staff account; the password is read from ADMIN_PASSWORD or asked for.
    CreateAdmin {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// admin, organizer, moderator or check_in.
        #[arg(long, default_value = "admin")]
        role: String,
    },
}

#[derive(Args, Debug, Clone)]
pub struct Config {
    /// Folder for the SQLite database, outgoing mail files and uploads.
    #[arg(long, env = "DATA_DIR", default_value = "./data")]
    pub data_dir: PathBuf,
    /// Database address; defaults to a SQLite file in DATA_DIR.
    /// PostgreSQL: postgres://user:password@host/database
    #[arg(long, env = "DATABASE_URL")]
    pub database_url: Option<String>,
    /// Address and port to listen on.
    #[arg(long, env = "LEPTOS_SITE_ADDR")]
    pub leptos_site_addr: Option<SocketAddr>,
    /// Address people use to reach the platform, for links in emails.
    #[arg(long, env = "PUBLIC_URL")]
    pub public_url: Option<String>,
    /// SMTP server (smtp://host:25, smtps://user:password@host); without it
    /// emails are written as .eml files under DATA_DIR/mail.
    #[arg(long, env = "SMTP_URL")]
    pub smtp_url: Option<String>,
    /// Sender of every email.
    #[arg(
        long,
        env = "MAIL_FROM",
        default_value = "International Knowledge Platform <events@localhost>"
    )]
    pub mail_from: String,
    /// Registration attempts per minute per client address; 0 turns the limit off.
    #[arg(long, env = "REGISTRATION_RATE_LIMIT", default_value_t = 20)]
    pub registration_rate_limit: u32,
    /// Staff sign-in attempts per minute per client address; 0 turns the limit off.
    #[arg(long, env = "SIGN_IN_RATE_LIMIT", default_value_t = 10)]
    pub sign_in_rate_limit: u32,
    /// Seed the demo event into an empty database.
    #[arg(long, env = "DEMO")]
    pub demo: bool,
}

impl Config {
    pub fn database_url(&self) -> String {
        self.database_url.clone().unwrap_or_else(|| {
            format!(
                "sqlite://{}?mode=rwc",
                self.data_dir.join("ikp.db").display()
            )
        })
    }

    pub fn public_url(&self, listening_on: SocketAddr) -> String {
        self.public_url
            .clone()
            .unwrap_or_else(|| format!("http://{listening_on}"))
            .trim_end_matches('/')
            .to_owned()
    }
}
