// Run the service as it runs in production: graphql-js checks every type with a
// costly cross-realm test outside production mode, which would dominate the
// timings of the live-feed tests without testing anything of ours.
process.env.NODE_ENV = 'production';
