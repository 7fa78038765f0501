// @actions/github reads GITHUB_REPOSITORY when its context is first touched.
process.env.GITHUB_REPOSITORY ??= 'acme/inventory'
process.env.GITHUB_SERVER_URL ??= 'https://github.com'
