import type { Cause } from '../../core/index.ts'

/**
 * FR/EN cue terms per crisis cause, accent-free and lower-case (texts are folded the same way), separated
 * by spaces; `_` joins the words of a multi-word term. A multi-word term weighs its number of words, so
 * "fuite_de_donnees" outweighs "fuite"; a trailing `!` doubles the weight of an unambiguous cue. Plural -s/-x is stripped on both sides before matching.
 */
export const CAUSE_TERMS: Record<Exclude<Cause, 'none'>, string> = {
  product_defect: `recall! recalled recalls defect defective faulty malfunction malfunctioning contaminated!
    contamination listeria salmonella e.coli overheating overheat explodes exploded battery mold mould
    choking hazard allergen undeclared counterfeit expired batch lot safety_warning stopped_working
    fell_apart rappel! rappels rappelle rappellent salmonelle batterie toxique rappele rappelee rappeles defaut defectueux defectueuse vice_de_fabrication contamine contaminee surchauffe moisi moisissure allergene perime perimee
    produit_dangereux retire_de_la_vente retrait_du_marche ne_fonctionne_plus tombe_en_panne
    rappel_conso`,
  accident: `explosion! blast fire blaze wildfire crash crashed collision derailment derailed spill leak gas
    injured injuries killed dead deaths casualties evacuated evacuation factory plant refinery chemical
    toxic collapse collapsed emergency firefighters oil_spill toxic_cloud industrial_accident incendie! pollution mortel urgence
    feu flammes accident deraillement deraille collision fuite blesse blesses blessee morts mort victime
    victimes evacue evacuee evacuation usine raffinerie chimique effondrement effondre pompiers seveso
    maree_noire nuage_toxique accident_industriel site_industriel`,
  employee_post: `employee employees staffer intern ceo founder executive exec manager boss spokesperson tweeted tweet
    posted post video tiktok remarks comment comments racist sexist homophobic offensive slur insulted
    mocking deleted_tweet said_on in_a_video on_linkedin on_instagram employe employes salarie salaries
    stagiaire pdg dirigeant directeur patron fondateur porte-parole publie publication a_poste propos video
    raciste sexiste homophobe insultant insulte derapage moque sur_linkedin a_tweete dans_une_video
    ses_propos`,
  customer_service: `refund! refunds refunded support hotline helpline chatbot agent rude unhelpful waiting waited hold
    ticket complaint complaints parcel package delivery delivered courier customer_service
    customer_support no_answer no_reply never_received hung_up still_waiting on_hold remboursement!
    rembourse rembourser sav conseiller conseillere reclamation plainte colis livraison livreur attente
    impoli service_client service_apres-vente aucune_reponse sans_reponse jamais_recu toujours_rien
    raccroche_au_nez`,
  data_breach_outage: `breach! breached hacked hack hackers ransomware! cyberattack! outage! outages down offline unavailable
    bug glitch crashed passwords password leaked exposed data_breach data_leak personal_data
    can't_log_in cannot_log_in not_loading is_down service_down gdpr panne pannes indisponible bug
    piratage pirate pirates piratee rancongiciel! cyberattaque! coupure interruption fuite_de_donnees
    donnees_personnelles mots_de_passe mot_de_passe impossible_de_se_connecter en_panne hors_service
    rgpd cnil`,
  external_attack: `rumour rumor rumours rumors hoax! fake misinformation disinformation boycott deepfake! smear
    conspiracy trolls bots activists phishing scam scammers impersonating impersonation photoshopped
    doctored fake_news false_claims fake_account not_true debunked rumeur! rumeurs canular! infox intox
    boycott boycotter boycottez complot militants activistes hameconnage arnaque! arnaqueurs usurpation
    montage trucage truquee! truque fausse_information fausses_informations fake_news faux_compte
    appel_au_boycott campagne_de_denigrement c'est_faux`,
  governance: `lawsuit! sued court trial judge fine fined penalty regulator investigation probe raid fraud
    corruption bribery embezzlement layoffs strike strikes union unions board shareholders resign
    resigned resignation bonus bonuses dividends greenwashing cartel antitrust tax_evasion
    conflict_of_interest golden_parachute class_action proces tribunal juge amende sanction sanctionne
    regulateur enquete perquisition fraude corruption licenciements licenciement greve! greves syndicat
    syndicats actionnaires demission demissionne prime primes dividendes greenwashing cartel plan_social
    evasion_fiscale conflit_d'interets parachute_dore conseil_d'administration abus_de_bien_social
    autorite_de_la_concurrence action_collective`,
}
