import deBase from './de.json';
import enBase from './en.json';
import deConference from './conference.de.json';
import deWorkshop from './workshop.de.json';
import enWorkshop from './workshop.en.json';
import enConference from './conference.en.json';
import deFeasibility from './feasibility.de.json';
import enFeasibility from './feasibility.en.json';
import deNotifications from './notifications.de.json';
import enNotifications from './notifications.en.json';
import deRecommendation from './recommendation.de.json';
import enRecommendation from './recommendation.en.json';
import deRecommendations from './recommendations.de.json';
import enRecommendations from './recommendations.en.json';
import deConcept from './concept.de.json';
import enConcept from './concept.en.json';
import deReview from './review.de.json';
import enReview from './review.en.json';
import dePublication from './publication.de.json';
import enPublication from './publication.en.json';
import deInventory from './inventory.de.json';
import enInventory from './inventory.en.json';
import deOffers from './offers.de.json';
import enOffers from './offers.en.json';
import deSurveys from './surveys.de.json';
import enSurveys from './surveys.en.json';
import deSurveyResults from './survey-results.de.json';
import enSurveyResults from './survey-results.en.json';

/** The interface texts, one file per area and language, each under its own top-level key. */
export const de = {
  ...deBase,
  ...deRecommendations,
  ...deRecommendation,
  ...deFeasibility,
  ...deNotifications,
  ...deConference,
  ...deWorkshop,
  ...deConcept,
  ...deReview,
  ...dePublication,
  ...deInventory,
  ...deOffers,
  ...deSurveys,
  ...deSurveyResults,
};
export const en = {
  ...enBase,
  ...enRecommendations,
  ...enRecommendation,
  ...enFeasibility,
  ...enNotifications,
  ...enConference,
  ...enWorkshop,
  ...enConcept,
  ...enReview,
  ...enPublication,
  ...enInventory,
  ...enOffers,
  ...enSurveys,
  ...enSurveyResults,
};
