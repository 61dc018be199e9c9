/// <reference types="vite/client" />

// crxjs turns `import path from './x.ts?script&iife'` into the built file's
// path inside the extension, for `scripting.executeScript({ files: [path] })`.
declare module '*?script&iife' {
  const path: string;
  export default path;
}
