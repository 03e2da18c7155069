// The site only publishes: there is nothing to post, put or delete. Every
// host answers any other method with 405 and this list as `Allow`.
export const allowedMethods = ['GET', 'HEAD'];
