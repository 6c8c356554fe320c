//! Short-lived TURN credentials for browsers, as coturn checks them with
//! `use-auth-secret` (the "TURN REST API"): the username carries its expiry
//! time, the password is its HMAC-SHA1 under the secret shared with coturn.
//! A credential copied out of a page stops working after a day.

use base64::{engine::general_purpose::STANDARD, Engine};
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// How long a credential works: longer than any day of an event.
const LIFETIME_SECONDS: i64 = 24 * 60 * 60;

/// A username and password for TURN, valid from `now` (Unix seconds).
pub fn credentials(secret: &str, now: i64) -> Option<(String, String)> {
    let username = format!("{}:ikp", now.saturating_add(LIFETIME_SECONDS));
    let mut mac = Hmac::<Sha1>::new_from_slice(secret.as_bytes()).ok()?;
    mac.update(username.as_bytes());
    let password = STANDARD.encode(mac.finalize().into_bytes());
    Some((username, password))
}

#[cfg(test)]
mod tests {
    use super::credentials;

    #[test]
    fn credentials_are_what_coturn_computes_from_the_shared_secret() {
        // The password computed independently with Python's hmac module.
        assert_eq!(
            credentials("north", 1_800_000_000),
            Some((
                "1800086400:ikp".to_owned(),
                "Yz02QARwmu1ggDDCVQ9pbmNx404=".to_owned()
            ))
        );
    }
}
