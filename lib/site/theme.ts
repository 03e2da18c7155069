// The site's colours outside its stylesheet: the browser's bars (theme-color),
// the installed app's splash screen (web manifest) and the link preview image.
// They are the light scheme's tokens of app/_styles/tokens.css; a unit test
// keeps the two in agreement.
export const theme = {
  light: {background: '#fdfcf9', surface: '#f3f0e8', text: '#1b1b1b', muted: '#4f4f4f', accent: '#0e6b4f'},
  dark: {surface: '#202226'},
} as const;
