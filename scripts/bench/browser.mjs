import chromium from '../chromium.json' with {type: 'json'};

export const chromiumPath = process.env.CHROMIUM_PATH ?? chromium.executablePath;
export const chromiumFlags = ['--headless=new', ...chromium.args];
