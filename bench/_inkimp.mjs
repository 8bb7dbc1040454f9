process.env.NODE_ENV='production';
await import('ink');
