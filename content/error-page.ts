/**
 * The words of the error page, one export per language: app/(en)/error.tsx and
 * app/es/error.tsx are client components, so each imports only its own
 * language and no content schema reaches the browser.
 */
export type ErrorPageText = { heading: string; body: string; help: string; tryAgain: string; home: string };

export const errorPageEn: ErrorPageText = {
  heading: "Sorry, this page did not load",
  body: "Something went wrong on our side. It was not caused by anything you did.",
  help: "You can try again, or call our admissions team: the number is at the top and bottom of this page. If you are in crisis, the help lines are at the very top.",
  tryAgain: "Try again",
  home: "Go to the home page",
};

export const errorPageEs: ErrorPageText = {
  heading: "Lo sentimos, esta página no cargó",
  body: "Algo falló de nuestro lado. No fue por nada que usted hizo.",
  help: "Puede intentarlo de nuevo o llamar a nuestro equipo de admisiones: el número está arriba y abajo en esta página. Si está en crisis, las líneas de ayuda están en la parte de arriba.",
  tryAgain: "Intentar de nuevo",
  home: "Ir a la página principal",
};
