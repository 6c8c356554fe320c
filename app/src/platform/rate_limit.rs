use super::error::ServiceError;
use governor::{DefaultKeyedRateLimiter, Quota};
use std::{net::IpAddr, num::NonZeroU32};

/// Attempts per minute per client address; `None` when switched off.
pub struct RateLimiter(Option<DefaultKeyedRateLimiter<IpAddr>>);

impl RateLimiter {
    /// A limit of `per_minute` attempts per address; 0 turns limiting off.
    pub fn per_minute(per_minute: u32) -> Self {
        RateLimiter(
            NonZeroU32::new(per_minute).map(|n| governor::RateLimiter::keyed(Quota::per_minute(n))),
        )
    }

    pub fn check(&self, client: IpAddr) -> Result<(), ServiceError> {
        match &self.0 {
            Some(limiter) => limiter
                .check_key(&client)
                .map_err(|_| ServiceError::RateLimited),
            None => Ok(()),
        }
    }

    /// Forgets addresses whose quota has refilled, so none is kept longer than needed.
    pub fn forget_idle(&self) {
        if let Some(limiter) = &self.0 {
            limiter.retain_recent();
            limiter.shrink_to_fit();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_each_address_separately() {
        let limiter = RateLimiter::per_minute(2);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        let b: IpAddr = "192.0.2.2".parse().unwrap();
        assert!(limiter.check(a).is_ok());
        assert!(limiter.check(a).is_ok());
        assert!(matches!(limiter.check(a), Err(ServiceError::RateLimited)));
        assert!(limiter.check(b).is_ok());
    }

    #[test]
    fn zero_switches_limiting_off() {
        let limiter = RateLimiter::per_minute(0);
        let a: IpAddr = "192.0.2.1".parse().unwrap();
        assert!((0..1000).all(|_| limiter.check(a).is_ok()));
    }
}
