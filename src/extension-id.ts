// The extension's fixed identity. `key` is the public key that goes into the
// manifest so an unpacked or self-hosted build always gets the same ID, which
// admin policy files are keyed by (Chrome derives the ID from this key:
// first 32 hex digits of SHA-256(DER), mapped 0-9a-f → a-p). The private key is
// not in the repository; the Chrome Web Store signs published builds itself.
export const EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAlp2H2rLpetZv8GrVH/dox1oRG1Eys+u+EzuZ4gJ8gTCKQL6n5cxQIh1JJuQb9h8zGd6uwIkSxBXXGYEvkQ9SZ3i5gPJvqXmrcoOLrKN6tprSu+NOVEQVi87kjKdGcMHw2EAiM9KlMF6XyTLSAbSLUtu5vHj8A0Z9n1jMmm3ZALrAoC3k6lqu/eTQXMWBiBS1MeQLCC79e+2aLAT6NGknSGqV8aX4kjWeC4Btj7yrx1Rw3y9UhT38RRnLAfuSFLr4S7DQtzL/dG4oGiooO2Z8DqjkQ7DJvZ4Ae5TNRIzHAk5m+jyh1WSE/A2QZTUm6l/kOgQlAzAo0NCZ0hmaIwkyewIDAQAB';
export const EXTENSION_ID = 'khpbkkneccooaloglmlnbfaepfgalpne';
/** Firefox identifies extensions by the gecko id in the manifest instead. */
export const GECKO_ID = '{fc45322b-11d6-48ad-80c1-3fe3aa0d8824}';
