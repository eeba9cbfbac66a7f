"""Parts of the core's text catalog (see workbench.texts), one module per practice, so the
catalog stays readable: each holds TEXTS, key: (Simplified Chinese, English)."""
