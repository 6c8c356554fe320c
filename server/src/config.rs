//! Configuration: every setting from the environment or from a flag of the
//! same name (`DATABASE_URL` or `--database-url`).

use clap::{Args, Parser, Subcommand};
use std::{
    net::{IpAddr, SocketAddr},
    ops::RangeInclusive,
    path::PathBuf,
};

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
    /// Connections to live streams per minute per client address for
    /// people without a registration (public streams), and refused tokens;
    /// 0 turns the limit off. Registered people are limited to three
    /// screens per stream instead.
    #[arg(long, env = "WATCH_RATE_LIMIT", default_value_t = 60)]
    pub watch_rate_limit: u32,
    /// Seed the demo event into an empty database.
    #[arg(long, env = "DEMO")]
    pub demo: bool,
    #[command(flatten)]
    pub media: MediaConfig,
}

/// Where live-stream media flows: each publisher and viewer connection
/// takes one UDP port.
#[derive(Args, Clone, Debug)]
pub struct MediaConfig {
    /// Address the media sockets listen on; 0.0.0.0 is every interface.
    #[arg(long, env = "MEDIA_BIND_ADDRESS", default_value = "0.0.0.0")]
    pub media_bind_address: IpAddr,
    /// UDP ports for media, e.g. 50000-50999 (open them in the firewall);
    /// without it the system picks a free port per connection.
    #[arg(long, env = "MEDIA_UDP_PORTS", value_parser = parse_port_range)]
    pub media_udp_ports: Option<RangeInclusive<u16>>,
    /// The public address to announce when the server is behind 1:1 NAT.
    #[arg(long, env = "MEDIA_PUBLIC_ADDRESS")]
    pub media_public_address: Option<IpAddr>,
    /// STUN servers (stun:host:3478), comma-separated.
    #[arg(long, env = "STUN_SERVERS", value_delimiter = ',')]
    pub stun_servers: Vec<String>,
    /// TURN servers (turn:host:3478), comma-separated, for viewers behind
    /// strict firewalls; coturn is the usual one.
    #[arg(long, env = "TURN_SERVERS", value_delimiter = ',')]
    pub turn_servers: Vec<String>,
    /// The secret shared with coturn (`static-auth-secret`): each page then
    /// gets its own credentials, valid for a day. Better than a fixed
    /// TURN_USERNAME and TURN_CREDENTIAL, which anyone can copy from a page.
    #[arg(long, env = "TURN_SECRET", default_value = "")]
    pub turn_secret: String,
    #[arg(long, env = "TURN_USERNAME", default_value = "")]
    pub turn_username: String,
    #[arg(long, env = "TURN_CREDENTIAL", default_value = "")]
    pub turn_credential: String,
    /// Viewer connections the server takes at most, over all streams; more
    /// are asked to try again later (503). Each takes a UDP port. 800 were
    /// served well on 2 cores (`stream_bench`); measure before raising it.
    #[arg(long, env = "MEDIA_MAX_VIEWERS", default_value_t = 800)]
    pub media_max_viewers: u64,
}

impl Default for MediaConfig {
    fn default() -> Self {
        MediaConfig {
            media_bind_address: IpAddr::from([0, 0, 0, 0]),
            media_udp_ports: None,
            media_public_address: None,
            stun_servers: Vec::new(),
            turn_servers: Vec::new(),
            turn_secret: String::new(),
            turn_username: String::new(),
            turn_credential: String::new(),
            media_max_viewers: 800,
        }
    }
}

/// `first-last`, both included, first not above last.
fn parse_port_range(text: &str) -> Result<RangeInclusive<u16>, String> {
    let (first, last) = text
        .split_once('-')
        .ok_or_else(|| format!("{text}: write a range like 50000-50999"))?;
    let first: u16 = first.trim().parse().map_err(|e| format!("{first}: {e}"))?;
    let last: u16 = last.trim().parse().map_err(|e| format!("{last}: {e}"))?;
    if first == 0 || first > last {
        return Err(format!(
            "{text}: the first port must be above 0 and not above the last"
        ));
    }
    Ok(first..=last)
}

impl MediaConfig {
    /// The forwarding unit's network settings.
    pub fn network(&self) -> crate::streaming::NetworkSettings {
        let mut ice_servers = Vec::new();
        if !self.stun_servers.is_empty() {
            ice_servers.push(app::streaming::IceServer {
                urls: self.stun_servers.clone(),
                username: String::new(),
                credential: String::new(),
            });
        }
        let shares_secret = !self.turn_secret.is_empty();
        if !self.turn_servers.is_empty() && !shares_secret {
            ice_servers.push(app::streaming::IceServer {
                urls: self.turn_servers.clone(),
                username: self.turn_username.clone(),
                credential: self.turn_credential.clone(),
            });
        }
        crate::streaming::NetworkSettings {
            bind_address: self.media_bind_address,
            udp_ports: self.media_udp_ports.clone(),
            public_address: self.media_public_address,
            ice_servers,
            turn_relay: (shares_secret && !self.turn_servers.is_empty()).then(|| {
                crate::streaming::TurnRelay {
                    urls: self.turn_servers.clone(),
                    secret: self.turn_secret.clone(),
                }
            }),
            max_viewers: self.media_max_viewers,
        }
    }
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

#[cfg(test)]
mod tests {
    use super::parse_port_range;

    #[test]
    fn port_ranges_are_read_and_checked() {
        assert_eq!(parse_port_range("50000-50999"), Ok(50000..=50999));
        assert_eq!(parse_port_range("40000 - 40000"), Ok(40000..=40000));
        assert!(parse_port_range("50999-50000").is_err());
        assert!(parse_port_range("0-10").is_err());
        assert!(parse_port_range("50000").is_err());
        assert!(parse_port_range("a-b").is_err());
    }
}
