package fr.cci.hotline.accounts.signin;

/** The sign-in throttle on H2, the default database. */
class H2SignInThrottleTests extends SignInThrottleContract {}
